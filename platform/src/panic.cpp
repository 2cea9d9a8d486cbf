// freeco::panic: a full report (freeco/report.hpp), weak; console_none.o has the silent one.
#include <freeco/console.hpp>
#include <freeco/exit.hpp>
#include <freeco/report.hpp>

namespace freeco {

// The return address, minus the Thumb bit, points just after the call that gave up.
[[gnu::weak]] void panic(const char* message) noexcept { panic(message, __builtin_return_address(0)); }

namespace {
// Inlined into both: panic is in every image with a console, the frame report only at -O0.
[[noreturn, gnu::always_inline]] inline void end_report(const void* caller) {
  console::write("\n  called from ");
  console::write_hex(reinterpret_cast<uint32_t>(caller) & ~1u);
  console::write("\n");
  freeco::exit(1);
}
}  // namespace

[[gnu::weak]] void panic(const char* message, const void* caller) noexcept {
  console::write("\n");
  console::write(message);
  end_report(caller);
}

// The caller is the coroutine whose frame did not fit: the check is inlined into it.
[[gnu::weak]] void detail::report_frame_too_large(size_t frame, size_t largest_slot) noexcept {
  console::write("\nERROR(freeco): a coroutine frame of ");
  console::write_dec(static_cast<int32_t>(frame));
  console::write(" bytes is larger than the largest pool slot (");
  console::write_dec(static_cast<int32_t>(largest_slot));
  console::write(" bytes): enlarge the largest slot class (freeco_config.hpp) or the dedicated pool's slot size, or "
                 "keep less state alive across co_await. (Found at run time at -O0; other levels fail the build.)");
  end_report(__builtin_return_address(0));
}

}  // namespace freeco
