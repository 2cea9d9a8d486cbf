// Large struct copies and clears compile to library calls (memcpy/memset for GCC, the RTABI's
// __aeabi_memcpy4/__aeabi_memclr4 and friends for clang): they link and work with every C
// library, including none, where freeco's abi/ provides them.
#include <stdint.h>

namespace {
struct block {
  uint32_t words[40];
  char tail[3];
};

[[gnu::noinline]] void copy(block& to, const block& from) { to = from; }
[[gnu::noinline]] void clear(block& b) { b = block{}; }
}  // namespace

extern "C" int main() {
  block a, b;
  for (uint32_t i = 0; i < 40; ++i) a.words[i] = i * 7u;
  a.tail[0] = 'x';
  a.tail[2] = 'z';
  copy(b, a);
  for (uint32_t i = 0; i < 40; ++i) {
    if (b.words[i] != i * 7u) return 1;
  }
  if (b.tail[0] != 'x' || b.tail[2] != 'z') return 2;
  clear(b);
  for (uint32_t w : b.words) {
    if (w != 0) return 3;
  }
  return b.tail[0] == 0 && b.tail[2] == 0 ? 0 : 4;
}
