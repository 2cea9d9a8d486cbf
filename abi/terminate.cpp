// The ways a C++ or C program gives up: std::terminate, abort and the C libraries' assert hook.
// Each says what ended the firmware and where, then exits non-zero (never a spin). The C
// library's own abort would raise SIGABRT through newlib's signal machinery (which pulls in
// malloc); a program that calls abort gets this one instead.
#include <exception>
#include <freeco/console.hpp>
#include <freeco/panic.hpp>
#include <freeco/exit.hpp>

namespace {
std::terminate_handler handler = nullptr;  // nullptr: report and exit
}  // namespace

std::terminate_handler std::set_terminate(std::terminate_handler replacement) noexcept {
  std::terminate_handler previous = handler;
  handler = replacement;
  return previous;
}
std::terminate_handler std::get_terminate() noexcept { return handler; }

void std::terminate() noexcept {
  if (handler != nullptr) handler();  // a terminate handler must not return; if it does:
  freeco::panic("ERROR(freeco): std::terminate() called", __builtin_return_address(0));
}

int std::uncaught_exceptions() noexcept { return 0; }  // -fno-exceptions: never one in flight

extern "C" [[noreturn]] void abort() {
  freeco::panic("ERROR(freeco): abort() called", __builtin_return_address(0));
}

// newlib's and picolibc's assert() both call this when the assertion fails.
extern "C" [[noreturn]] void __assert_func(const char* file, int line, const char* function, const char* expression) {
  using namespace freeco;
  console::write("\nERROR(freeco): assertion failed: ");
  console::write(expression);
  console::write("\n  in ");
  console::write(function != nullptr ? function : "?");
  console::write(" at ");
  console::write(file);
  console::write(":");
  console::write_dec(line);
  console::write("\n");
  freeco::exit(1);
}
