// Position-independent code reaches globals through a GOT, which firmware never relocates:
// refused, naming -fPIC.
// ADDITIONAL_COMPILE_FLAGS: -fPIC
// CHECK: ERROR(freeco): the image has a GOT, PLT or dynamic relocations: {{.*}}-fPIC

int shared_value = 5;

extern "C" int main() { return shared_value; }
