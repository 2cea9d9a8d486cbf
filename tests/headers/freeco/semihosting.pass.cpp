// <freeco/semihosting.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/semihosting.hpp>

extern "C" int main() { return 0; }
