// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <source_location>

// <source_location> alone: current() in constant expressions gives the line and file of its
// call, and as a default argument those of the caller; a default-constructed one is empty.

#if !defined(__cpp_lib_source_location) || __cpp_lib_source_location != 201907L
#error "<source_location> must define __cpp_lib_source_location as 201907L"
#endif

namespace {
constexpr bool ends_with(const char* text, const char* suffix) {
  const char* t = text;
  const char* s = suffix;
  while (*t) ++t;
  while (*s) ++s;
  while (s != suffix) {
    if (t == text || *--t != *--s) return false;
  }
  return true;
}
constexpr bool contains(const char* text, const char* part) {
  for (; *text; ++text) {
    const char* t = text;
    const char* p = part;
    while (*p && *t == *p) ++t, ++p;
    if (!*p) return true;
  }
  return false;
}

constexpr std::source_location here = std::source_location::current(); constexpr unsigned here_line = __LINE__;
static_assert(here.line() == here_line);
static_assert(here.column() > 0);
static_assert(ends_with(here.file_name(), "source_location.compile.pass.cpp"));
static_assert(!ends_with(here.file_name(), "other.compile.pass.cpp"));

constexpr unsigned line_of_caller(std::source_location where = std::source_location::current()) {
  return where.line();
}
static_assert(line_of_caller() == __LINE__);

constexpr const char* function_of(std::source_location where = std::source_location::current()) {
  return where.function_name();
}
constexpr const char* named_function() { return function_of(); }
static_assert(contains(named_function(), "named_function"));

constexpr std::source_location empty;
static_assert(empty.line() == 0 && empty.column() == 0);
static_assert(*empty.file_name() == '\0' && *empty.function_name() == '\0');

static_assert(noexcept(std::source_location::current()));
static_assert(noexcept(here.line()) && noexcept(here.file_name()));

// Copies keep the location.
constexpr std::source_location copy = here;
static_assert(copy.line() == here_line);
}  // namespace
