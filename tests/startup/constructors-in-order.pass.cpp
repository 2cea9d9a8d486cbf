// Constructors of statics run before main: prioritised ones first, then the others in
// declaration order, each exactly once.
#include <freeco/console.hpp>

namespace {
char order[8];
int count = 0;

struct recorder {
  explicit recorder(char c) { order[count++] = c; }
};

recorder first('a');
recorder second('b');
recorder third('c');

[[gnu::constructor(101)]] void early() { order[count++] = 'P'; }
}  // namespace

extern "C" int main() {
  order[count] = '\0';
  freeco::console::write("order: ");
  freeco::console::write(order);
  freeco::console::write("\n");
  return count == 4 ? 0 : 1;
}

// CHECK: order: Pabc{{$}}
