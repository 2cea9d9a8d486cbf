// ADDITIONAL_COMPILE_FLAGS: -pedantic
// <bit> compiles on its own and its functions work in constant expressions, on unsigned types only.
#include <bit>

using u8 = unsigned char;
using u16 = unsigned short;

static_assert(std::bit_cast<unsigned>(1.0f) == 0x3F800000u && std::bit_cast<float>(0x40000000u) == 2.0f);
static_assert(std::bit_cast<unsigned long long>(-0.0) == 0x8000000000000000ull);
struct Two { unsigned short lo, hi; };
static_assert(std::bit_cast<Two>(0x12345678u).lo == 0x5678);  // little-endian on both CPUs

static_assert(std::has_single_bit(64u) && !std::has_single_bit(0u) && !std::has_single_bit(u8(3)));
static_assert(std::bit_ceil(0u) == 1u && std::bit_ceil(5u) == 8u && std::bit_ceil(u8(128)) == 128 && std::bit_ceil(1ull << 40 | 1) == 1ull << 41);
static_assert(std::bit_floor(0u) == 0u && std::bit_floor(u16(0xFFFF)) == 0x8000 && std::bit_floor(9ul) == 8ul);
static_assert(std::bit_width(0u) == 0 && std::bit_width(u8(255)) == 8 && std::bit_width(~0ull) == 64);
static_assert(std::rotl(u8(0x81), 1) == 0x03 && std::rotl(u8(0x81), 9) == 0x03 && std::rotl(u8(0x81), -1) == 0xC0);
static_assert(std::rotr(1u, 1) == 0x80000000u && std::rotr(u16(1), -17) == 2 && std::rotr(0x12345678ull, 64) == 0x12345678ull);
static_assert(std::countl_zero(u8(0)) == 8 && std::countl_zero(u8(1)) == 7 && std::countl_zero(u16(0x0100)) == 7);
static_assert(std::countl_zero(1u) == 31 && std::countl_zero(1ul) == 31 && std::countl_zero(1ull) == 63);
static_assert(std::countl_one(u8(0xF0)) == 4 && std::countl_one(~0u) == 32 && std::countl_one(0ull) == 0);
static_assert(std::countr_zero(u16(0)) == 16 && std::countr_zero(0x100u) == 8 && std::countr_zero(1ull << 63) == 63);
static_assert(std::countr_one(u8(0xFF)) == 8 && std::countr_one(0x7u) == 3 && std::countr_one(0xFFFFFFFFFull) == 36);
static_assert(std::popcount(u8(0xFF)) == 8 && std::popcount(0xF0F0F0F0ul) == 16 && std::popcount(~0ull) == 64);
static_assert(std::endian::native == std::endian::little && std::endian::little != std::endian::big);

// Only the unsigned integer types: not signed, bool, character or enum types.
template <class T> concept countable = requires(T t) { std::popcount(t); std::rotl(t, 1); std::bit_ceil(t); };
static_assert(countable<u8> && countable<unsigned long long>);
static_assert(!countable<int> && !countable<bool> && !countable<char> && !countable<char8_t> && !countable<char32_t> && !countable<float>);
template <class To, class From> concept castable = requires(From f) { std::bit_cast<To>(f); };
static_assert(!castable<unsigned, double> && castable<int, float>);
