#include <freeco/console.hpp>
#include <freeco/panic.hpp>
#include <freeco/semihosting.hpp>

namespace freeco {

void panic(const char* message) noexcept {
  // The return address, minus the Thumb bit, points just after the call that gave up.
  const auto caller = reinterpret_cast<uint32_t>(__builtin_return_address(0)) & ~1u;
  console::write("\n");
  console::write(message);
  console::write("\n  called from ");
  console::write_hex(caller);
  console::write("\n");
  semihosting::exit(1);
}

}  // namespace freeco
