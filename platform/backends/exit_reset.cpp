// The resetting exit (freeco::exit_reset, exit_reset.o): the status goes into a .noinit record,
// which startup leaves alone, and SYSRESETREQ restarts the device. On the next boot, before any
// constructor, the record is taken, reported on the console and offered through
// freeco::previous_exit().
#include <freeco/console.hpp>
#include <freeco/exit.hpp>

#include <freeco/target/mmio.hpp>

namespace {

// `mark` tells a record written by exit() from what RAM holds after power-on.
constexpr uint32_t written = 0xF4EE'C0DEu;
struct record {
  uint32_t mark;
  int32_t status;
};
[[gnu::section(".noinit.freeco_exit")]] record last_run;
freeco::previous_run previous;  // .bss: zeroed before the .preinit_array runs

void take_record() {
  if (last_run.mark != written) return;
  last_run.mark = 0;
  previous = {true, last_run.status};
  freeco::console::write("freeco: the previous run ended with exit status ");
  freeco::console::write_dec(previous.status);
  freeco::console::write("\n");
}

using init_function = void (*)();
[[gnu::section(".preinit_array"), gnu::used]] const init_function take_record_at_boot = take_record;

}  // namespace

freeco::previous_run freeco::previous_exit() { return previous; }

void freeco::exit(int status) {
  last_run = {written, status};
  // AIRCR (ARMv6-M and ARMv7-M alike): VECTKEY and SYSRESETREQ. The DSBs make the record
  // reach RAM before the request, and the request before the wait.
  asm volatile("dsb" ::: "memory");
  freeco::mmio::reg(0xE000'ED0C) = (0x05FAu << 16) | (1u << 2);
  asm volatile("dsb" ::: "memory");
  for (;;) asm volatile("wfi");
}
