// The stack reservation must keep the stack limit 8-byte aligned.
// ADDITIONAL_LINK_FLAGS: -Wl,--defsym=__freeco_stack_size=1001
// CHECK: ERROR(freeco): __freeco_stack_size is not a multiple of 8

extern "C" int main() { return 0; }
