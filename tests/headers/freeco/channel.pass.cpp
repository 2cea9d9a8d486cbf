// <freeco/channel.hpp> compiles on its own, and a firmware that includes only it links and runs.
#include <freeco/channel.hpp>

extern "C" int main() { return 0; }
