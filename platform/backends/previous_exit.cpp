// Without the reset exit, no run leaves a record for the next: freeco::previous_exit() says
// so. In libfreeco_defaults.a, weak; exit_reset.o has the real one.
#include <freeco/exit.hpp>

[[gnu::weak]] freeco::previous_run freeco::previous_exit() { return {false, 0}; }
