// std::source_location at run time: file_name, line, column and function_name of a call,
// and of the caller when current() is a default argument.
#include <source_location>

namespace {
bool ends_with(const char* text, const char* suffix) {
  const char* t = text;
  const char* s = suffix;
  while (*t) ++t;
  while (*s) ++s;
  while (s != suffix) {
    if (t == text || *--t != *--s) return false;
  }
  return true;
}

bool contains(const char* text, const char* part) {
  for (; *text; ++text) {
    const char* t = text;
    const char* p = part;
    while (*p && *t == *p) ++t, ++p;
    if (!*p) return true;
  }
  return false;
}

// Not inlined: the locations cross a real call, as they do in a logger.
[[gnu::noinline]] std::source_location caller(std::source_location where = std::source_location::current()) {
  return where;
}
}  // namespace

extern "C" int main() {
  const std::source_location here = std::source_location::current(); const unsigned here_line = __LINE__;
  if (here.line() != here_line) return 1;
  if (!ends_with(here.file_name(), "source_location.pass.cpp")) return 2;
  if (here.column() == 0) return 3;
  if (!contains(here.function_name(), "main")) return 4;

  const std::source_location from = caller(); const unsigned from_line = __LINE__;
  if (from.line() != from_line) return 5;
  if (!ends_with(from.file_name(), "source_location.pass.cpp")) return 6;
  if (!contains(from.function_name(), "main")) return 7;

  const std::source_location empty;
  if (empty.line() != 0 || *empty.file_name() != '\0') return 8;
  return 0;
}
