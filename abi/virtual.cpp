// The vtable entries of pure and of deleted virtual functions. A call through either is a bug
// in the program: report which, with the address of the call (the return address into the
// code that made the virtual call, not into this file; after a virtual call in tail position,
// into that code's caller), and end the firmware.
//
// GCC refers to __cxa_pure_virtual weakly (a missing definition would make the vtable entry
// 0 and the call a fault at address 0), and a weak reference does not take a member out of
// an archive. link.ld therefore names __freeco_abi_virtual, a symbol without a section that
// only this file defines: the object is always loaded, and --gc-sections still drops each
// function that no live vtable refers to.
#include <freeco/panic.hpp>

asm(".globl __freeco_abi_virtual\n\t.set __freeco_abi_virtual, 0");

extern "C" {

[[noreturn]] void __cxa_pure_virtual() {
  freeco::panic(
      "ERROR(freeco): pure virtual function called: a virtual call from a constructor or "
      "destructor of an abstract class, or on a destroyed object; 'called from' is just after "
      "that call",
      __builtin_return_address(0));
}

[[noreturn]] void __cxa_deleted_virtual() {
  freeco::panic(
      "ERROR(freeco): deleted virtual function called: the caller was compiled against another "
      "definition of the class (rebuild all with the same headers); 'called from' is just "
      "after that call",
      __builtin_return_address(0));
}

}  // extern "C"
