// ADDITIONAL_COMPILE_FLAGS: -pedantic
// <atomic> compiles on its own, on both CPUs: every operation of atomic<integral>,
// atomic<pointer>, atomic<floating>, atomic<struct> and atomic_flag is instantiated (on
// Cortex-M0 these become __atomic_* library calls, which is fine in a compile test).
#include <atomic>

struct Pair { short a; short b; };
struct Padded { char c; int i; };

static_assert(std::is_same_v<std::underlying_type_t<std::memory_order>, int>);
static_assert(std::memory_order_seq_cst == std::memory_order::seq_cst && std::memory_order_relaxed != std::memory_order_acquire);
static_assert(std::is_same_v<std::atomic_int::value_type, int> && std::is_same_v<std::atomic_int::difference_type, int>);
static_assert(std::is_same_v<std::atomic<char*>::difference_type, __PTRDIFF_TYPE__>);
static_assert(std::is_same_v<std::atomic<float>::difference_type, float>);
static_assert(sizeof(std::atomic<long long>) == 8 && alignof(std::atomic<long long>) == 8 && alignof(std::atomic<Pair>) == 4);
static_assert(!std::is_copy_constructible_v<std::atomic_int> && !std::is_copy_assignable_v<std::atomic_flag>);
static_assert(std::is_nothrow_default_constructible_v<std::atomic<Pair>>);
#if defined(__ARM_ARCH_7EM__)
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<char*>::is_always_lock_free && ATOMIC_INT_LOCK_FREE == 2);
static_assert(std::is_same_v<std::atomic_signed_lock_free, std::atomic<int>>);
#endif
static_assert(!std::atomic<long long>::is_always_lock_free);  // no LDREXD on ARMv6-M or ARMv7-M

template <class T> concept has_fetch_add = requires(std::atomic<T>& a) { a.fetch_add(1); };
template <class T> concept has_fetch_and = requires(std::atomic<T>& a) { a.fetch_and(1); };
template <class T> concept has_increment = requires(std::atomic<T>& a) { ++a; a--; };
static_assert(has_fetch_add<int> && has_fetch_add<char*> && has_fetch_add<double> && !has_fetch_add<bool>);
static_assert(!has_fetch_add<Pair> && !has_fetch_add<void*> && !has_fetch_add<void (*)()>);
static_assert(has_fetch_and<unsigned> && !has_fetch_and<float> && !has_fetch_and<int*> && !has_fetch_and<bool>);
static_assert(has_increment<short> && has_increment<long*> && !has_increment<float>);

constinit std::atomic<unsigned> counter{0};
constinit std::atomic_flag flag;

int every_operation(std::atomic<int>& a, std::atomic<int*>& p, std::atomic<Pair>& s, std::atomic<float>& f) {
  int sum = a.load() + a.load(std::memory_order_acquire) + a;
  a.store(1);
  a.store(2, std::memory_order_release);
  a = 3;
  sum += a.exchange(4) + a.exchange(5, std::memory_order_acq_rel);
  int expected = 5;
  sum += a.compare_exchange_weak(expected, 6) + a.compare_exchange_strong(expected, 7, std::memory_order_release);
  sum += a.compare_exchange_strong(expected, 8, std::memory_order_acq_rel, std::memory_order_acquire);
  sum += a.fetch_add(1) + a.fetch_sub(1, std::memory_order_relaxed) + a.fetch_and(3) + a.fetch_or(4) + a.fetch_xor(5);
  sum += a++ + a-- + ++a + --a + (a += 2) + (a -= 1) + (a &= 7) + (a |= 8) + (a ^= 9);
  sum += a.is_lock_free();
  int* q = p.fetch_add(2) + ((p += 1) - (p -= 1));
  q = p++;
  q = --p;
  Pair old = s.load();
  sum += s.compare_exchange_strong(old, Pair{1, 2}) + s.exchange(Pair{3, 4}).a;
  s = Pair{5, 6};
  sum += static_cast<int>(f.fetch_add(1.5f) + (f -= 0.5f));
  sum += counter.fetch_add(1u, std::memory_order_relaxed);
  sum += flag.test_and_set(std::memory_order_acquire) + flag.test();
  flag.clear(std::memory_order_release);
  std::atomic_flag_clear(&flag);
  std::atomic_thread_fence(std::memory_order_seq_cst);
  std::atomic_signal_fence(std::memory_order_acq_rel);
  std::atomic_store(&a, 1);
  sum += std::atomic_load_explicit(&a, std::memory_order_relaxed) + std::atomic_fetch_add(&a, 2) + std::atomic_exchange(&a, 3);
  sum += std::atomic_compare_exchange_strong(&a, &expected, 4) + std::atomic_fetch_or_explicit(&a, 1, std::memory_order_relaxed);
  sum += *std::atomic_fetch_sub(&p, 1) + std::kill_dependency(sum);
  a.notify_one();
  a.notify_all();
  return sum + *q;
}

void padded_and_wide(std::atomic<Padded>& pad, std::atomic_llong& wide, std::atomic_bool& b, std::atomic_uint8_t& byte) {
  Padded e = pad.load();
  pad.compare_exchange_weak(e, Padded{'x', 1});
  wide.fetch_add(1);
  wide.wait(0, std::memory_order_relaxed);
  b.store(!b.exchange(true));
  byte.fetch_or(0x80);
}
