// <freeco/run_queue.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/run_queue.hpp>

extern "C" int main() { return 0; }
