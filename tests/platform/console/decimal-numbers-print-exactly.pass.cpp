// freeco::console::write_dec prints every int32_t exactly, without a division (the M0 has none):
// zero, zeros inside and at the end, both extremes.
#include <freeco/console.hpp>
#include <stdint.h>

int main() {
  const int32_t values[] = {0, 7, -7, 10, 90, 100, 101, 1000000000, 1000000007, 2147483647, -2147483647 - 1, -1000};
  for (int32_t v : values) {
    freeco::console::write_dec(v);
    freeco::console::write(" ");
  }
  freeco::console::write("\n");
}

// CHECK: {{^}}0 7 -7 10 90 100 101 1000000000 1000000007 2147483647 -2147483648 -1000 {{$}}
