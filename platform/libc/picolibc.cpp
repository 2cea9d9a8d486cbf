// picolibc's standard streams and _exit, on freeco's console and exit: printf, puts and
// fputs(stderr, ...) write through freeco::console::sink, exit() and abort() end through
// freeco::exit. Unbuffered: nothing waits in a buffer when the firmware ends or faults.
// In libfreeco_libc.a, after picolibc on the link line (picolibc refers to these).
#include <stdio.h>

#include <freeco/console.hpp>
#include <freeco/exit.hpp>

namespace {

int put(char c, FILE*) {
  freeco::console::sink(&c, 1);
  return static_cast<unsigned char>(c);
}

// No input: a read ends at once with EOF.
int get(FILE*) { return EOF; }

// FDEV_SETUP_STREAM, with the field it leaves out (clang warns about that in C++).
FILE console = {.unget = 0, .flags = _FDEV_SETUP_RW, .put = put, .get = get, .flush = nullptr};

}  // namespace

FILE* const stdin = &console;
FILE* const stdout = &console;
FILE* const stderr = &console;

extern "C" [[noreturn]] void _exit(int status) { freeco::exit(status); }
