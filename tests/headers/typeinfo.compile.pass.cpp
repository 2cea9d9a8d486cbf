// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <typeinfo>

// <typeinfo> alone: type_info has the Itanium/Arm ABI layout (vtable pointer, then the name),
// its members have the standard signatures, it cannot be copied, and bad_cast/bad_typeid are
// exceptions.

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

static_assert(__is_polymorphic(std::type_info) && __has_virtual_destructor(std::type_info));
static_assert(sizeof(std::type_info) == 2 * sizeof(void*));
static_assert(alignof(std::type_info) == alignof(void*));

static_assert(same<decltype(&std::type_info::name), const char* (std::type_info::*)() const noexcept>);
static_assert(same<decltype(&std::type_info::before), bool (std::type_info::*)(const std::type_info&) const noexcept>);
static_assert(same<decltype(&std::type_info::hash_code), decltype(sizeof(0)) (std::type_info::*)() const noexcept>);
static_assert(same<decltype(&std::type_info::operator==), bool (std::type_info::*)(const std::type_info&) const noexcept>);

template <class T>
concept copyable = requires(const T& t) { T(t); };
template <class T>
concept assignable = requires(T& a, const T& b) { a = b; };
static_assert(!copyable<std::type_info> && !assignable<std::type_info>);
template <class T>
concept constructible_from_name = requires(const char* name) { T(name); };
static_assert(!constructible_from_name<std::type_info>);  // the constructor is protected

// The ABI library derives from type_info and sets the name through the protected constructor.
struct fundamental_info : std::type_info {
  explicit fundamental_info(const char* mangled) : std::type_info(mangled) {}
  const char* raw() const { return __name; }
};
static_assert(constructible_from_name<fundamental_info>);

static_assert(__is_base_of(std::exception, std::bad_cast) && __is_base_of(std::exception, std::bad_typeid));
static_assert(__has_virtual_destructor(std::bad_cast) && __has_virtual_destructor(std::bad_typeid));
static_assert(noexcept(std::bad_cast()) && noexcept(std::bad_typeid()));
static_assert(same<decltype(&std::bad_cast::what), const char* (std::bad_cast::*)() const noexcept>);
}  // namespace

// type_info != comes from == ([over.match.oper] rewritten candidates).
bool differ(const std::type_info& a, const std::type_info& b) { return a != b; }
