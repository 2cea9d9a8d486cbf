// -*- C++ -*-
// Internal to freeco's <exception>, <new> and <typeinfo>: class std::exception, the base of
// bad_alloc, bad_cast, bad_typeid and bad_exception. Not a public header: include <exception>.
//
// The layout and the out-of-line members follow the Itanium C++ ABI (and its Arm EHABI
// variant): the destructor is the key function, so the vtable, ~exception() and what() are
// defined by the ABI library (freeco's abi/), never inline here.
#ifndef _FREECO___FREECO_EXCEPTION_BASE_H
#define _FREECO___FREECO_EXCEPTION_BASE_H

namespace std {

// [exception]
class exception {
public:
  exception() noexcept {}
  exception(const exception&) noexcept = default;
  exception& operator=(const exception&) noexcept = default;
  virtual ~exception();
  virtual const char* what() const noexcept;
};

}  // namespace std

#endif  // _FREECO___FREECO_EXCEPTION_BASE_H
