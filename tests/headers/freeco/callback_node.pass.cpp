// <freeco/callback_node.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/callback_node.hpp>

extern "C" int main() { return 0; }
