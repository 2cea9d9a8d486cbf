// A class with a virtual destructor refers to operator delete (its deleting destructor) even
// when nothing is made with new: without a heap such a firmware still links and runs, and has
// no heap (no operator new in it).
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: llvm-nm --just-symbol-name %t.elf > %t.syms
// RUN: grep -E -x '_ZdlPv(j)?' %t.syms
// RUN: not grep -E -x '_Znwj|_Znaj|malloc' %t.syms
struct shape {
  virtual ~shape() = default;
  virtual int sides() const = 0;
};
struct square : shape {
  int sides() const override { return 4; }
};

// Out of line, so that the object needs its vtable (whose deleting destructor names delete).
[[gnu::noinline]] int sides_of(const shape& any) { return any.sides(); }

extern "C" int main() {
  square s;
  return sides_of(s) == 4 ? 0 : 1;
}
