// The console reaches the runner's stdout, in order, and main's 0 ends the run with status 0.
#include <freeco/console.hpp>

extern "C" int main() {
  freeco::console::write("hello from freeco\n");
  freeco::console::write_dec(-2147483647 - 1);
  freeco::console::write(" ");
  freeco::console::write_hex(0xC0FFEE);
  freeco::console::write("\n");
  return 0;
}

// CHECK: hello from freeco
// CHECK-NEXT: -2147483648 0x00c0ffee
