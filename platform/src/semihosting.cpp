#include <freeco/semihosting.hpp>

namespace freeco::semihosting {

namespace {
constexpr uint32_t application_exit = 0x20026;  // ADP_Stopped_ApplicationExit
constexpr uint32_t run_time_error = 0x20023;    // ADP_Stopped_RunTimeErrorUnknown
}  // namespace

void exit(int code) {
  const uint32_t block[2] = {application_exit, static_cast<uint32_t>(code)};
  call(op::exit_extended, block);
  // A host without SYS_EXIT_EXTENDED: keep at least success versus failure.
  call(op::exit, reinterpret_cast<const void*>(code == 0 ? application_exit : run_time_error));
  // No host at all: stop here loudly (a fault, then lockup) rather than spin.
  __builtin_trap();
}

}  // namespace freeco::semihosting
