// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <exception>

// <exception> alone: std::exception is polymorphic with a virtual what(), bad_exception
// derives from it, and the terminate functions have the standard signatures; terminate is
// [[noreturn]] (-Werror=return-type would fail the function below otherwise).

#if !defined(__cpp_lib_uncaught_exceptions) || __cpp_lib_uncaught_exceptions != 201411L
#error "<exception> must define __cpp_lib_uncaught_exceptions as 201411L"
#endif

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

static_assert(__is_polymorphic(std::exception) && __has_virtual_destructor(std::exception));
static_assert(sizeof(std::exception) == sizeof(void*));  // just the vtable pointer
static_assert(__is_base_of(std::exception, std::bad_exception));
static_assert(noexcept(std::exception()) && noexcept(std::bad_exception()));
static_assert(same<decltype(&std::exception::what), const char* (std::exception::*)() const noexcept>);

// A user exception overrides what().
struct sensor_failed : std::exception {
  const char* what() const noexcept override { return "sensor failed"; }
};
static_assert(__is_base_of(std::exception, sensor_failed));

static_assert(same<std::terminate_handler, void (*)()>);
static_assert(same<decltype(&std::terminate), void (*)() noexcept>);
static_assert(same<decltype(&std::get_terminate), std::terminate_handler (*)() noexcept>);
static_assert(same<decltype(&std::set_terminate), std::terminate_handler (*)(std::terminate_handler) noexcept>);
static_assert(same<decltype(&std::uncaught_exceptions), int (*)() noexcept>);

int checked(int value) {
  if (value >= 0) return value;
  std::terminate();
}
}  // namespace

int (*use_checked)(int) = checked;
