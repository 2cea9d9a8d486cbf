// A firmware's own freeco::console::sink replaces the default: every message passes through
// it (here: counted, then handed to semihosting with a prefix).
#include <freeco/console.hpp>
#include <freeco/semihosting.hpp>

namespace {
unsigned calls = 0;
}

void freeco::console::sink(const char* text, size_t length) {
  ++calls;
  char line[64] = "[own] ";
  size_t n = 6;
  for (size_t i = 0; i < length && n < sizeof line - 1; ++i) line[n++] = text[i];
  line[n] = '\0';
  semihosting::call(semihosting::op::write0, line);
}

int main() {
  freeco::console::write("first\n");
  freeco::console::write_dec(calls);
  freeco::console::write("\n");
  return calls == 3 ? 0 : 1;
}

// CHECK: [own] first
// CHECK-NEXT: [own] 1[own]
