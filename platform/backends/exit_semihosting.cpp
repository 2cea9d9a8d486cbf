// The default exit: semihosting SYS_EXIT_EXTENDED, so that QEMU (or a debugger) ends the
// session with the status. In libfreeco_defaults.a, and weak: a firmware's own exit, or a
// chosen back end, replaces it wherever it comes on the link line.
#include <freeco/exit.hpp>
#include <freeco/semihosting.hpp>

[[gnu::weak]] void freeco::exit(int status) { semihosting::exit(status); }
