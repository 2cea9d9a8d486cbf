// The reset exit's message at boot (freeco/report.hpp: a full report; console_none.o has the
// silent one).
#include <freeco/console.hpp>
#include <freeco/report.hpp>

[[gnu::weak]] void freeco::detail::report_previous_exit(int status) {
  console::write("freeco: the previous run ended with exit status ");
  console::write_dec(status);
  console::write("\n");
}
