// A deleted virtual function called through a base pointer reaches __cxa_deleted_virtual,
// which reports it with the address of the call (in read_through_old_header(), not in the ABI
// library) and exits 1.
// No well-formed program makes that call: a deleted function cannot be called, and it can
// only override, or be overridden by, another deleted one. The vtable entry is reached when
// code compiled against another definition of the class calls it (an ODR break, such as a
// library built before the function was deleted). The test models that with a class of the
// same layout whose first virtual is not deleted (undefined behaviour, like the break).
// RUN: %{build}
// RUN: { %{run} %t.elf 2>&1; echo "exit status: $?"; } > %t.out
// RUN: FileCheck %s < %t.out
// RUN: llvm-symbolizer --obj=%t.elf $(sed -n 's/^  called from //p' %t.out) | FileCheck %s --check-prefix=WHERE
// CHECK: ERROR(freeco): deleted virtual function called
// CHECK-NEXT: called from 0x
// CHECK-NEXT: exit status: 1
// WHERE: read_through_old_header(
// The class as the old code saw it: same layout, read() still callable. Never defined or
// constructed, only called through (external linkage, so its functions need no definition).
struct old_sensor {
  virtual int read();
  virtual int id();
};

namespace {
// The class as the program defines it now: read() is deleted throughout the hierarchy.
struct sensor {
  virtual int read() = delete;
  virtual int id() { return 1; }
};
struct thermometer : sensor {
  int read() override = delete;
  int id() override { return 2; }
};

// + 1: not a tail call, so that the return address is in this function.
[[gnu::noinline]] int read_through_old_header(old_sensor* s) {
  asm volatile("" : "+r"(s));
  return s->read() + 1;
}
}  // namespace

extern "C" int main() {
  thermometer t;
  sensor* base = &t;
  if (base->id() != 2) return 2;
  void* object = base;
  asm volatile("" : "+r"(object));  // what the old code gets handed
  return read_through_old_header(static_cast<old_sensor*>(object)) == 0 ? 3 : 4;
}
