// -fstack-protector-strong support: the guard value functions copy below their buffers, set
// from the board's entropy (targets/<board>/entropy.hpp) before any constructor runs, and the
// report when a function finds its copy overwritten. The guard lives in .bss; code that runs
// before .preinit_array (Reset_Handler) is not built with the protector.
#include <freeco/panic.hpp>
#include <stdint.h>

#include <freeco/target/entropy.hpp>

extern "C" {
uintptr_t __stack_chk_guard;

[[noreturn]] void __stack_chk_fail() {
  freeco::panic("ERROR(freeco): stack smashing detected: a function overran a buffer on its stack "
                "(the function that returned here; see the address in the map file)",
                __builtin_return_address(0));
}
}

namespace {
// Without entropy (or should it give 0, which zeroed memory would match): a "terminator" value,
// a NUL, a newline and 0xff, at which string copies stop. It catches overruns, not an attacker
// who knows it.
constexpr uintptr_t fixed_guard = 0x000a'ff0du;

void seed_guard() {
  const uintptr_t random = freeco::board::entropy_word();
  __stack_chk_guard = random != 0 ? random : fixed_guard;
}
[[gnu::used, gnu::section(".preinit_array")]] void (*const seed_guard_at_startup)() = seed_guard;
}  // namespace
