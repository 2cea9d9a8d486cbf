// A program without main() is refused at link time rather than jumping to address 0.
// CHECK: ERROR(freeco): the program has no main()

extern "C" int not_main() { return 0; }
