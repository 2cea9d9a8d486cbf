// The silent console (freeco::console_none, console_none.o): every message is dropped. Since
// nothing can be read, nothing that only makes text is linked either: the runtime's reports
// (freeco/report.hpp) are replaced by ones that end the firmware with the same exit statuses
// and say nothing.
#include <freeco/console.hpp>
#include <freeco/exit.hpp>
#include <freeco/report.hpp>

namespace freeco::console {

void sink(const char*, size_t) {}

}  // namespace freeco::console

// Status 128 + the exception number, as the full report gives. The stack may have overflowed
// (the M4's guard caught it): start again at its top, then straight to freeco::exit (named by
// its C++ symbol: a naked function takes no operands).
extern "C" [[gnu::naked]] void freeco_unhandled_exception() {
  asm volatile(
      "ldr r0, =__freeco_stack_top\n\t"
      "mov sp, r0\n\t"
      "mrs r0, ipsr\n\t"
      "movs r1, #128\n\t"
      "add r0, r1\n\t"
      "ldr r1, =_ZN6freeco4exitEi\n\t"
      "bx r1\n\t"
      ".ltorg");
}

void freeco::panic(const char*, const void*) noexcept { freeco::exit(1); }
void freeco::panic(const char*) noexcept { freeco::exit(1); }
void freeco::detail::report_frame_too_large(size_t, size_t) noexcept { freeco::exit(1); }
extern "C" void __aeabi_idiv0() { freeco::exit(1); }
extern "C" [[gnu::alias("__aeabi_idiv0")]] void __aeabi_ldiv0();

void freeco::detail::report_previous_exit(int) {}
