// <freeco/console.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/console.hpp>

extern "C" int main() { return 0; }
