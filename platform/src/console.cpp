#include <freeco/console.hpp>

namespace freeco::console {

void write(const char* text) { sink(text, __builtin_strlen(text)); }

void write(const char* text, size_t length) { sink(text, length); }

void write_hex(uint32_t value) {
  char text[11] = "0x";
  for (int i = 0; i < 8; ++i) text[2 + i] = "0123456789abcdef"[(value >> (28 - 4 * i)) & 0xF];
  text[10] = '\0';
  write(text);
}

void write_dec(int32_t value) {
  char text[12];
  char* p = text + sizeof text;
  *--p = '\0';
  // Work in unsigned so that INT32_MIN has a magnitude.
  uint32_t magnitude = value < 0 ? 0u - static_cast<uint32_t>(value) : static_cast<uint32_t>(value);
  do {
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (value < 0) *--p = '-';
  write(p);
}

}  // namespace freeco::console
