// <freeco/executor.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/executor.hpp>

extern "C" int main() { return 0; }
