// newlib-nano's system calls on freeco's console and exit: printf, puts and fputs(stderr, ...)
// reach _write, which hands descriptors 1 and 2 to freeco::console::sink; exit() and abort()
// end through freeco::exit. In libfreeco_libc.a, after libc_nano on the link line (newlib
// calls these); libc_nano once more after it (for fflush), then libnosys for the rest.
//
// newlib-nano's stdio allocates its FILE structures and stdout's buffer with malloc: it needs
// the heap opt-in (newlib-nano-sbrk.cpp says so at run time). stdout is line buffered, as on a
// hosted system, and flushed when main returns; stderr is unbuffered.
#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>

#include <freeco/console.hpp>
#include <freeco/exit.hpp>

extern "C" {

int _write(int fd, const void* data, size_t length) {
  if (fd != 1 && fd != 2) return -1;
  freeco::console::sink(static_cast<const char*>(data), length);
  return static_cast<int>(length);
}

// No input: a read ends at once (end of file).
int _read(int, void*, size_t) { return 0; }
int _close(int) { return -1; }
long _lseek(int, long, int) { return -1; }
int _isatty(int fd) { return fd >= 0 && fd <= 2 ? 1 : 0; }
int _fstat(int fd, struct stat* status) {
  if (fd < 0 || fd > 2) return -1;
  status->st_mode = S_IFCHR;
  return 0;
}

[[noreturn]] void _exit(int status) { freeco::exit(status); }
int _getpid() { return 1; }
// raise() and abort() signal the program itself: end it, with 128 + the signal's number as
// a shell would report it.
int _kill(int, int signal) { freeco::exit(128 + signal); }

// Startup calls this after main returns, as a hosted exit() would: what stdout holds of an
// unfinished line is written before the firmware ends.
void __freeco_libc_flush() { fflush(stdout); }

}  // extern "C"
