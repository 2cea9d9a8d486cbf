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

// Digit by digit, by subtracting powers of ten: no division, which the Cortex-M0 does not have
// and which would cost libgcc's routine (about 270 bytes) in every firmware that reports.
void write_dec(int32_t value) {
  static constexpr uint32_t powers[] = {1000000000, 100000000, 10000000, 1000000, 100000,
                                        10000,      1000,      100,      10,      1};
  char text[11];  // sign and 10 digits
  char* p = text;
  // Work in unsigned so that INT32_MIN has a magnitude.
  uint32_t magnitude = static_cast<uint32_t>(value);
  if (value < 0) {
    *p++ = '-';
    magnitude = 0u - magnitude;
  }
  for (uint32_t power : powers) {
    char digit = '0';
    for (; magnitude >= power; magnitude -= power) ++digit;
    // No leading zeros, but the last digit always.
    if (digit != '0' || p > text + (value < 0) || power == 1) *p++ = digit;
  }
  write(text, static_cast<size_t>(p - text));
}

}  // namespace freeco::console
