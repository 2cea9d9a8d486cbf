// The other file of extern-from-another-file.sh.cpp: thread_locals it reaches only by name.
#include <stdint.h>

thread_local int32_t shared_initialised = 1234;
thread_local uint32_t shared_zeroed;

void bump_shared() {
  ++shared_initialised;
  ++shared_zeroed;
}
