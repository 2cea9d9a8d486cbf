// freeco::panic: a full report (freeco/report.hpp), weak; console_none.o has the silent one.
#include <freeco/console.hpp>
#include <freeco/exit.hpp>
#include <freeco/report.hpp>

namespace freeco {

// The return address, minus the Thumb bit, points just after the call that gave up.
[[gnu::weak]] void panic(const char* message) noexcept { panic(message, __builtin_return_address(0)); }

[[gnu::weak]] void panic(const char* message, const void* caller) noexcept {
  console::write("\n");
  console::write(message);
  console::write("\n  called from ");
  console::write_hex(reinterpret_cast<uint32_t>(caller) & ~1u);
  console::write("\n");
  freeco::exit(1);
}

}  // namespace freeco
