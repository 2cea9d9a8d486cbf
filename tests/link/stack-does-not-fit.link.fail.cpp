// A stack reservation larger than the RAM left after .data/.bss is refused at link time.
// ADDITIONAL_LINK_FLAGS: -Wl,--defsym=__freeco_stack_size=0x10000000
// CHECK: ERROR(freeco): RAM overflow: {{.*}}__freeco_stack_size

extern "C" int main() { return 0; }
