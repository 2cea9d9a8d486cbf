// REQUIRES: libc
// The C library of the build (picolibc or newlib-nano) formats with snprintf; freeco's
// startup and linker script are all it needs from us.
#include <stdio.h>
#include <string.h>

#include <freeco/console.hpp>

extern "C" int main() {
  char text[64];
  int n = snprintf(text, sizeof text, "%d|%5s|%x|%u|%c", -42, "ab", 0xbeefu, 4000000000u, 'z');
  freeco::console::write(text);
  freeco::console::write("\n");
  return n == static_cast<int>(strlen(text)) && strcmp(text, "-42|   ab|beef|4000000000|z") == 0 ? 0 : 1;
}

// CHECK: -42|   ab|beef|4000000000|z
