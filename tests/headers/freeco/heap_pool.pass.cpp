// <freeco/heap_pool.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/heap_pool.hpp>

extern "C" int main() { return 0; }
