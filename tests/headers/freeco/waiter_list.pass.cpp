// <freeco/waiter_list.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/waiter_list.hpp>

extern "C" int main() { return 0; }
