// std::initializer_list at run time: a braced list of run-time values is iterated in order,
// through the members and through the free begin/end.
#include <initializer_list>

namespace {
volatile int seed = 10;

[[gnu::noinline]] int weigh(std::initializer_list<int> values) {
  int weighted = 0;
  int position = 1;
  for (int value : values) weighted += position++ * value;
  return weighted;
}

[[gnu::noinline]] unsigned count(std::initializer_list<const char*> words) {
  unsigned n = 0;
  for (auto it = std::begin(words); it != std::end(words); ++it) {
    if (**it == '\0') return 1000;
    ++n;
  }
  return n == words.size() ? n : 2000;
}
}  // namespace

extern "C" int main() {
  const int a = seed, b = seed + 1, c = seed + 2;
  if (weigh({a, b, c}) != 1 * 10 + 2 * 11 + 3 * 12) return 1;
  if (weigh({c, b, a}) != 1 * 12 + 2 * 11 + 3 * 10) return 2;
  if (weigh({}) != 0) return 3;
  if (count({"one", "two", "three"}) != 3) return 4;
  std::initializer_list<int> list = {a, b};
  if (list.size() != 2 || list.begin()[1] != b || list.end() - list.begin() != 2) return 5;
  return 0;
}
