// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <cstdlib>

// <cstdlib> alone, with or without a C library: the freestanding declarations in std with
// their signatures and the macros. The functions that end the program are [[noreturn]]:
// -Werror=return-type would fail the functions below otherwise.

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

static_assert(EXIT_SUCCESS == 0 && EXIT_FAILURE == 1);
static_assert(same<std::size_t, decltype(sizeof(0))>);
constexpr int* null_pointer = NULL;
static_assert(null_pointer == nullptr);

static_assert(same<decltype(std::abort()), void> && same<decltype(std::exit(0)), void>);
static_assert(same<decltype(std::_Exit(0)), void> && same<decltype(std::quick_exit(0)), void>);
extern "C" void handler() {}
static_assert(same<decltype(std::atexit(handler)), int> && same<decltype(std::at_quick_exit(handler)), int>);

int ends_by_abort(int value) {
  if (value >= 0) return value;
  std::abort();
}
int ends_by_exit(int value) {
  if (value >= 0) return value;
  std::exit(EXIT_FAILURE);
}
int ends_by__Exit(int value) {
  if (value >= 0) return value;
  std::_Exit(EXIT_FAILURE);
}
int ends_by_quick_exit(int value) {
  if (value >= 0) return value;
  std::quick_exit(EXIT_FAILURE);
}

}  // namespace

int (*uses[])(int) = {ends_by_abort, ends_by_exit, ends_by__Exit, ends_by_quick_exit};
