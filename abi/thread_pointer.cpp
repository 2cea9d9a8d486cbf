// __aeabi_read_tp: the thread pointer, which GCC and clang call for every thread_local access
// on Cortex-M (no CP15 thread register: -mtp=soft is their default there). It returns the
// calling core's `thread_pointer` from the per-core context slot (freeco/core.hpp), which
// startup points at the core's thread-local storage block (link.ld, startup/reset.cpp).
// picolibc's errno is a thread_local, so it lives in the same block.
//
// The Arm run-time ABI lets this function change only r0, ip, lr and the flags: callers keep
// values in r1-r3 across the call (clang does). Hence assembly, in a naked function: two loads,
// nothing else. It takes the slot's address as a link-time constant, so a board's core_id()
// must be constexpr; a board whose core id is read at run time needs it read here, in r0 only.
// Weak, so that a scheduler that gives each of its threads a block of its own can replace it
// (startup's set-up then goes too, see below: the blocks are the scheduler's to fill).
#include <freeco/core.hpp>

// The .reloc (no bytes, no effect on the code) makes startup's TLS set-up (__freeco_tls_init,
// startup/reset.cpp) live exactly when this function is: firmware without thread_local pays
// for neither. (clang 14 drops the symbol of a .reloc unless it is declared first.)
extern "C" [[gnu::naked, gnu::weak]] void* __aeabi_read_tp() {
  asm(".globl __freeco_tls_init\n\t"
      ".reloc 0, R_ARM_NONE, __freeco_tls_init\n\t"
      "ldr r0, =%c0\n\t"
      "ldr r0, [r0]\n\t"
      "bx lr" ::"i"(&freeco::cores[freeco::board::core_id()].thread_pointer));
}

// link.ld names this symbol in EXTERN, which loads this file from the archive before any C
// library: picolibc's libc.a has an __aeabi_read_tp of its own (reading a variable only its
// crt0 sets), which would otherwise be taken when only the C library uses errno. The symbol
// has no section, so --gc-sections still drops __aeabi_read_tp from firmware that never calls it.
asm(".globl __freeco_abi_thread_pointer\n\t.set __freeco_abi_thread_pointer, 0");
