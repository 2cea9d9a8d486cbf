// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <new>

// <new> alone: every form of the global operator new/delete is declared with the right
// signature, placement new constructs in place, the tag types are not implicitly
// constructible from {}, launder works in constant expressions, and the exception classes
// form the standard hierarchy.

#if !defined(__cpp_lib_launder) || __cpp_lib_launder != 201606L
#error "<new> must define __cpp_lib_launder as 201606L"
#endif
#if !defined(__cpp_lib_hardware_interference_size) || __cpp_lib_hardware_interference_size != 201703L
#error "<new> must define __cpp_lib_hardware_interference_size as 201703L"
#endif
#if !defined(__cpp_lib_destroying_delete) || __cpp_lib_destroying_delete != 201806L
#error "<new> must define __cpp_lib_destroying_delete as 201806L"
#endif

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

using size_t = std::size_t;
using std::align_val_t;
using std::nothrow_t;

// [new.delete.single], [new.delete.array]: overload resolution must find each form exactly.
template <class Function>
constexpr bool takes(Function) { return true; }
static_assert(takes<void* (*)(size_t)>(&::operator new));
static_assert(takes<void* (*)(size_t, align_val_t)>(&::operator new));
static_assert(takes<void* (*)(size_t, const nothrow_t&) noexcept>(&::operator new));
static_assert(takes<void* (*)(size_t, align_val_t, const nothrow_t&) noexcept>(&::operator new));
static_assert(takes<void* (*)(size_t)>(&::operator new[]));
static_assert(takes<void* (*)(size_t, align_val_t)>(&::operator new[]));
static_assert(takes<void* (*)(size_t, const nothrow_t&) noexcept>(&::operator new[]));
static_assert(takes<void* (*)(size_t, align_val_t, const nothrow_t&) noexcept>(&::operator new[]));
static_assert(takes<void (*)(void*) noexcept>(&::operator delete));
static_assert(takes<void (*)(void*, size_t) noexcept>(&::operator delete));
static_assert(takes<void (*)(void*, align_val_t) noexcept>(&::operator delete));
static_assert(takes<void (*)(void*, size_t, align_val_t) noexcept>(&::operator delete));
static_assert(takes<void (*)(void*, const nothrow_t&) noexcept>(&::operator delete));
static_assert(takes<void (*)(void*, align_val_t, const nothrow_t&) noexcept>(&::operator delete));
static_assert(takes<void (*)(void*) noexcept>(&::operator delete[]));
static_assert(takes<void (*)(void*, size_t) noexcept>(&::operator delete[]));
static_assert(takes<void (*)(void*, align_val_t) noexcept>(&::operator delete[]));
static_assert(takes<void (*)(void*, size_t, align_val_t) noexcept>(&::operator delete[]));
static_assert(takes<void (*)(void*, const nothrow_t&) noexcept>(&::operator delete[]));
static_assert(takes<void (*)(void*, align_val_t, const nothrow_t&) noexcept>(&::operator delete[]));
// [new.delete.placement]
static_assert(takes<void* (*)(size_t, void*) noexcept>(&::operator new));
static_assert(takes<void* (*)(size_t, void*) noexcept>(&::operator new[]));
static_assert(takes<void (*)(void*, void*) noexcept>(&::operator delete));
static_assert(takes<void (*)(void*, void*) noexcept>(&::operator delete[]));

// Placement new constructs in the given storage (this function is compiled, and needs no
// allocation function to link).
struct widget {
  int a;
  int b;
};
alignas(widget) unsigned char storage[sizeof(widget)];
[[maybe_unused]] widget* make_widget() {
  widget* made = ::new (static_cast<void*>(storage)) widget{1, 2};
  return std::launder(made);
}

// [new.syn] tag types: explicit default constructors, so `f({})` does not pick them.
template <class Tag>
concept from_empty_braces = requires(void (*f)(Tag)) { f({}); };
static_assert(!from_empty_braces<std::nothrow_t> && !from_empty_braces<std::destroying_delete_t>);
static_assert(same<decltype(std::nothrow), const std::nothrow_t>);
static_assert(same<decltype(std::destroying_delete), const std::destroying_delete_t>);
static_assert(sizeof(align_val_t) == sizeof(size_t) && static_cast<size_t>(align_val_t{16}) == 16);

// A destroying operator delete is accepted.
struct self_destroying {
  void operator delete(self_destroying* p, std::destroying_delete_t) noexcept { p->~self_destroying(); }
};

// [new.handler]
static_assert(same<std::new_handler, void (*)()>);
static_assert(same<decltype(&std::get_new_handler), std::new_handler (*)() noexcept>);
static_assert(same<decltype(&std::set_new_handler), std::new_handler (*)(std::new_handler) noexcept>);

// [ptr.launder]
constexpr int answer = 42;
static_assert(*std::launder(&answer) == 42);
static_assert(same<decltype(std::launder(static_cast<const volatile double*>(nullptr))), const volatile double*>);
static_assert(noexcept(std::launder(&answer)));

// [hardware.interference]
static_assert(std::hardware_destructive_interference_size == 32);
static_assert(std::hardware_constructive_interference_size == 32);
struct alignas(std::hardware_destructive_interference_size) padded {
  int counter;
};
static_assert(sizeof(padded) == 32);

// [bad.alloc], [new.badlength]
static_assert(__is_base_of(std::exception, std::bad_alloc));
static_assert(__is_base_of(std::bad_alloc, std::bad_array_new_length));
static_assert(__is_polymorphic(std::bad_alloc) && __has_virtual_destructor(std::bad_array_new_length));
static_assert(same<decltype(&std::bad_alloc::what), const char* (std::bad_alloc::*)() const noexcept>);
static_assert(noexcept(std::bad_alloc()) && noexcept(std::bad_array_new_length()));
}  // namespace
