// <freeco/systick.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/systick.hpp>

extern "C" int main() { return 0; }
