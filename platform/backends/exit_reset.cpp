// The resetting exit (freeco::exit_reset, exit_reset.o): the status goes into a .noinit record,
// which startup leaves alone, and SYSRESETREQ restarts the device. On the next boot, before any
// constructor, the record is taken, reported on the console and offered through
// freeco::previous_exit().
#include <freeco/exit.hpp>
#include <freeco/report.hpp>

#include <freeco/target/mmio.hpp>

namespace {

// The record's mark, a state machine across boots:
//   written  exit() wrote it; the device restarts
//   taken    this boot found `written` and reported it: previous_exit() is valid
//   other    power-on garbage, or a boot that found no record: nothing to report
// Each boot moves written -> taken and anything else -> 0, so that a later restart that does
// not go through exit() (a watchdog, the reset pin) does not report a stale record.
constexpr uint32_t written = 0xF4EE'C0DEu, taken = written + 1;
struct record {
  uint32_t mark;
  int32_t status;
};
[[gnu::section(".noinit.freeco_exit")]] record last_run;

void take_record() {
  const bool found = last_run.mark == written;
  last_run.mark = found ? taken : 0;
  if (found) freeco::detail::report_previous_exit(last_run.status);
}

using init_function = void (*)();
[[gnu::section(".preinit_array"), gnu::used]] const init_function take_record_at_boot = take_record;

}  // namespace

freeco::previous_run freeco::previous_exit() { return {last_run.mark == taken, last_run.status}; }

void freeco::exit(int status) {
  last_run = {written, status};
  // AIRCR (ARMv6-M and ARMv7-M alike): VECTKEY and SYSRESETREQ. The DSBs make the record
  // reach RAM before the request, and the request before the wait.
  asm volatile("dsb" ::: "memory");
  freeco::mmio::reg(0xE000'ED0C) = (0x05FAu << 16) | (1u << 2);
  asm volatile("dsb" ::: "memory");
  for (;;) asm volatile("wfi");
}
