// The default console: the debugger's console through semihosting (QEMU: the runner's stdout).
// In libfreeco_defaults.a, and weak: a firmware's own sink, or a chosen back end, replaces it
// wherever it comes on the link line (clang config files put the archives first).
#include <freeco/console.hpp>
#include <freeco/semihosting.hpp>

namespace freeco::console {

// SYS_WRITE0 takes NUL-terminated text: copy through a small stack buffer.
[[gnu::weak]] void sink(const char* text, size_t length) {
  char chunk[32];
  while (length > 0) {
    const size_t n = length < sizeof chunk - 1 ? length : sizeof chunk - 1;
    for (size_t i = 0; i < n; ++i) chunk[i] = text[i];
    chunk[n] = '\0';
    semihosting::call(semihosting::op::write0, chunk);
    text += n;
    length -= n;
  }
}

}  // namespace freeco::console
