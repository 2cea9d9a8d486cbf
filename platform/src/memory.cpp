// memcpy, memmove, memset, memcmp and strlen for firmware without a C library: compilers emit
// calls to them for struct copies, zero-initialisation and loops that do the same (GCC 12
// recognises a strlen loop). Linked only when no C library is (a C library's tuned versions
// win); small rather than fast.
// Built -ffreestanding (platform/CMakeLists.txt says why).
#include <stddef.h>

extern "C" {

void* memcpy(void* __restrict to, const void* __restrict from, size_t n) {
  auto* d = static_cast<unsigned char*>(to);
  auto* s = static_cast<const unsigned char*>(from);
  while (n--) *d++ = *s++;
  return to;
}

void* memmove(void* to, const void* from, size_t n) {
  auto* d = static_cast<unsigned char*>(to);
  auto* s = static_cast<const unsigned char*>(from);
  if (d < s) {
    while (n--) *d++ = *s++;
  } else {
    while (n--) d[n] = s[n];
  }
  return to;
}

void* memset(void* to, int value, size_t n) {
  auto* d = static_cast<unsigned char*>(to);
  while (n--) *d++ = static_cast<unsigned char>(value);
  return to;
}

int memcmp(const void* a, const void* b, size_t n) {
  auto* x = static_cast<const unsigned char*>(a);
  auto* y = static_cast<const unsigned char*>(b);
  for (; n != 0; --n, ++x, ++y) {
    if (*x != *y) return *x < *y ? -1 : 1;
  }
  return 0;
}

size_t strlen(const char* text) {
  const char* end = text;
  while (*end != '\0') ++end;
  return static_cast<size_t>(end - text);
}

}  // extern "C"

// The Arm run-time ABI's names for the same operations (RTABI 4.3.4): clang calls these for
// block copies and clears on arm-none-eabi. The 4- and 8-suffixed forms only promise aligned
// arguments, so the byte-wise versions serve them too. Note the argument order of memset.
extern "C" {

void __aeabi_memcpy(void* to, const void* from, size_t n) { memcpy(to, from, n); }
void __aeabi_memcpy4(void* to, const void* from, size_t n) { memcpy(to, from, n); }
void __aeabi_memcpy8(void* to, const void* from, size_t n) { memcpy(to, from, n); }
void __aeabi_memmove(void* to, const void* from, size_t n) { memmove(to, from, n); }
void __aeabi_memmove4(void* to, const void* from, size_t n) { memmove(to, from, n); }
void __aeabi_memmove8(void* to, const void* from, size_t n) { memmove(to, from, n); }
void __aeabi_memset(void* to, size_t n, int value) { memset(to, value, n); }
void __aeabi_memset4(void* to, size_t n, int value) { memset(to, value, n); }
void __aeabi_memset8(void* to, size_t n, int value) { memset(to, value, n); }
void __aeabi_memclr(void* to, size_t n) { memset(to, 0, n); }
void __aeabi_memclr4(void* to, size_t n) { memset(to, 0, n); }
void __aeabi_memclr8(void* to, size_t n) { memset(to, 0, n); }

}  // extern "C"
