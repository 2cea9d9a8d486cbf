#include <freeco/console.hpp>
#include <freeco/panic.hpp>
#include <freeco/exit.hpp>

namespace freeco {

// The return address, minus the Thumb bit, points just after the call that gave up.
void panic(const char* message) noexcept { panic(message, __builtin_return_address(0)); }

void panic(const char* message, const void* caller) noexcept {
  console::write("\n");
  console::write(message);
  console::write("\n  called from ");
  console::write_hex(reinterpret_cast<uint32_t>(caller) & ~1u);
  console::write("\n");
  freeco::exit(1);
}

}  // namespace freeco
