// Reset_Handler: from the reset vector to main() and out through freeco::exit.
//
// The core has loaded SP from vector 0 (the top of the stack, which link.ld puts at the bottom
// of RAM and 8-aligns).
// Order matters: the CPU first (on M4 the FPU must be on before any FP instruction), then
// .data and .bss (the symbols and their alignment come from link.ld), then constructors, main.
// Each core's thread-local storage is set up first of all the .preinit_array entries (below),
// and is linked only in firmware that uses it.
#include <freeco/core.hpp>
#include <freeco/exit.hpp>
#include <stdint.h>

#include <freeco/target/cpu.hpp>

extern "C" {
extern uint32_t __freeco_data_load[], __freeco_data_start[], __freeco_data_end[];
extern uint32_t __freeco_bss_start[], __freeco_bss_end[];
// Thread-local storage (link.ld): the .tdata image in FLASH; core 0's block, where its .tbss
// part starts and where it ends; core 0's thread pointer; the distance between blocks.
extern const uint32_t __freeco_tdata_load[];
extern uint32_t __freeco_tls_blocks[], __freeco_tls_block_tbss[], __freeco_tls_block_end[];
extern char __freeco_tls_thread_pointer[];
extern const char __freeco_tls_block_size[];
using init_function = void (*)();
// .preinit_array's entries then .init_array's, in one array (link.ld).
extern init_function __freeco_init_array_start[], __freeco_init_array_end[];

// The program's main, `int main()` or `int main(int, char**)`: either has the C name "main"
// (firmware is compiled hosted, so main is special to both compilers: implicit return 0, no
// C++ name), and passing two arguments to the first is harmless under the AAPCS. Named through
// its symbol because C++ forbids calling main itself. link.ld ASSERTs that it exists.
int freeco_main(int argc, char** argv) __asm__("main") __attribute__((weak));
// Runs the destructors of statics; defined only by the opt-in freeco::atexit_run (abi/).
void __freeco_run_static_destructors() __attribute__((weak));
// Flushes the C library's buffered output; defined by freeco's glue under a C library that
// buffers (platform/libc/).
void __freeco_libc_flush() __attribute__((weak));

[[noreturn]] void Reset_Handler();
}

namespace {

// The empty asm keeps the compiler from turning these loops into memcpy/memset calls, which a
// firmware without a C library does not have.
void copy_words(uint32_t* to, uint32_t* end, const uint32_t* from) {
  while (to < end) {
    *to++ = *from++;
    asm volatile("" ::: "memory");
  }
}

void zero_words(uint32_t* to, uint32_t* end) {
  while (to < end) {
    *to++ = 0;
    asm volatile("" ::: "memory");
  }
}

// Each core's block: a copy of the .tdata image, then .tbss zeroed; the core's thread pointer
// lies the TCB offset before it (freeco/core.hpp).
void init_thread_local_storage() {
  // link.ld reserves __freeco_core_count blocks: the count comes from board.hpp, through here.
  asm(".globl __freeco_core_count\n\t.set __freeco_core_count, %c0" ::"i"(freeco::board::core_count));
  for (unsigned core = 0; core < freeco::board::core_count; ++core) {
    const uintptr_t offset = core * reinterpret_cast<uintptr_t>(__freeco_tls_block_size);
    const uintptr_t words = offset / 4;
    copy_words(__freeco_tls_blocks + words, __freeco_tls_block_tbss + words, __freeco_tdata_load);
    zero_words(__freeco_tls_block_tbss + words, __freeco_tls_block_end + words);
    freeco::cores[core].thread_pointer = __freeco_tls_thread_pointer + offset;
  }
}

}  // namespace

// The .preinit_array entry that runs init_thread_local_storage, before any constructor (they
// may use thread_local). link.ld places it first but does not KEEP it: abi/thread_pointer.cpp's
// __aeabi_read_tp refers to it, so it is linked exactly when some code uses thread_local.
extern "C" [[gnu::section(".freeco.preinit_tls")]] const init_function __freeco_tls_init =
    init_thread_local_storage;

void Reset_Handler() {
  freeco::cpu::init();
  copy_words(__freeco_data_start, __freeco_data_end, __freeco_data_load);
  zero_words(__freeco_bss_start, __freeco_bss_end);
  for (init_function* f = __freeco_init_array_start; f < __freeco_init_array_end; ++f) (*f)();
  // argc 0: there is no program name; argv[argc] is a null pointer, as the standard asks. On
  // this stack, which outlives main: no .bss for it.
  char* argv[] = {nullptr};
  const int status = freeco_main(0, argv);
  // Destructors of statics do not run when main returns (firmware has no "after"), unless the
  // firmware links freeco::atexit_run (abi/atexit.cpp).
  if (__freeco_run_static_destructors) __freeco_run_static_destructors();
  if (__freeco_libc_flush) __freeco_libc_flush();
  freeco::exit(status);
}
