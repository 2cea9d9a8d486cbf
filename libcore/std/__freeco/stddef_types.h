// -*- C++ -*-
// Internal to freeco's <cstddef>, <cstdlib>, <new>, <typeinfo>, <initializer_list>: the
// [support.types] typedefs std::size_t, std::ptrdiff_t and std::nullptr_t, taken from the
// compiler (not from a C header), so that these headers need no C library and agree with
// each other. Not a public header: include <cstddef>.
#ifndef _FREECO___FREECO_STDDEF_TYPES_H
#define _FREECO___FREECO_STDDEF_TYPES_H

namespace std {

// [support.types.layout], [support.types.nullptr]
typedef decltype(sizeof(0)) size_t;
typedef decltype(static_cast<int*>(nullptr) - static_cast<int*>(nullptr)) ptrdiff_t;
typedef decltype(nullptr) nullptr_t;

}  // namespace std

#endif  // _FREECO___FREECO_STDDEF_TYPES_H
