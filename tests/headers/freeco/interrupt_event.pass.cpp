// <freeco/interrupt_event.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/interrupt_event.hpp>

extern "C" int main() { return 0; }
