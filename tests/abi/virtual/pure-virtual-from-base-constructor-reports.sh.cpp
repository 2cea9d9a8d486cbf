// A base constructor hands `this` to code that makes a virtual call: the object is still the
// abstract base, so the call lands on __cxa_pure_virtual, which reports it with the address
// of the call (in ask(), not in the ABI library) and exits 1.
// RUN: %{build}
// RUN: { %{run} %t.elf 2>&1; echo "exit status: $?"; } > %t.out
// RUN: FileCheck %s < %t.out
// RUN: llvm-symbolizer --obj=%t.elf $(sed -n 's/^  called from //p' %t.out) | FileCheck %s --check-prefix=WHERE
// CHECK: ERROR(freeco): pure virtual function called
// CHECK-NEXT: called from 0x
// CHECK-NEXT: exit status: 1
// WHERE: ask(
// External linkage: in an anonymous namespace GCC sees every class that overrides read() and
// calls thermometer::read directly (a pure target being undefined behaviour).
struct sensor {
  sensor();
  virtual int read() = 0;
};

struct thermometer : sensor {
  int read() override { return 21; }
};

// The vtable user. The asm hides the dynamic type, which the compilers would otherwise use
// to make the call a direct one; the + 1 keeps it from being a tail call (whose return
// address would be in the constructor).
[[gnu::noinline]] int ask(sensor& s) {
  sensor* p = &s;
  asm volatile("" : "+r"(p));
  return p->read() + 1;
}

sensor::sensor() { ask(*this); }

extern "C" int main() {
  thermometer t;
  return ask(t) == 22 ? 0 : 2;
}
