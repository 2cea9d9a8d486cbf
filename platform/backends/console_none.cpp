// The silent console (freeco::console_none, console_none.o): every message is dropped, and
// nothing of the console's is linked but this empty function.
#include <freeco/console.hpp>

namespace freeco::console {

void sink(const char*, size_t) {}

}  // namespace freeco::console
