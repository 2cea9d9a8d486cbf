// The out-of-line members of the standard exception classes: their destructors are the key
// functions (Itanium/Arm C++ ABI), so their vtables are emitted here. Under -fno-exceptions
// nothing throws them, but a firmware may still derive from std::exception or name one.
#include <exception>
#include <new>
#include <typeinfo>

std::exception::~exception() {}
const char* std::exception::what() const noexcept { return "std::exception"; }
std::bad_exception::~bad_exception() {}
const char* std::bad_exception::what() const noexcept { return "std::bad_exception"; }
std::bad_alloc::~bad_alloc() {}
const char* std::bad_alloc::what() const noexcept { return "std::bad_alloc"; }
std::bad_array_new_length::~bad_array_new_length() {}
const char* std::bad_array_new_length::what() const noexcept { return "std::bad_array_new_length"; }
std::bad_cast::~bad_cast() {}
const char* std::bad_cast::what() const noexcept { return "std::bad_cast"; }
std::bad_typeid::~bad_typeid() {}
const char* std::bad_typeid::what() const noexcept { return "std::bad_typeid"; }
