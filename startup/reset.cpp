// Reset_Handler: from the reset vector to main() and out through semihosting.
//
// The core has loaded SP from vector 0 (the top of RAM, 8-byte aligned: link.ld ASSERTs it).
// Order matters: the CPU first (on M4 the FPU must be on before any FP instruction), then
// .data and .bss (the symbols and their alignment come from link.ld), then constructors, main.
#include <freeco/semihosting.hpp>
#include <stdint.h>

#include "cpu.hpp"

extern "C" {
extern uint32_t __freeco_data_load[], __freeco_data_start[], __freeco_data_end[];
extern uint32_t __freeco_bss_start[], __freeco_bss_end[];
using init_function = void (*)();
extern init_function __freeco_preinit_array_start[], __freeco_preinit_array_end[];
extern init_function __freeco_init_array_start[], __freeco_init_array_end[];

// clang with -ffreestanding does not treat main as special and gives `int main()` its C++
// name, GCC gives it "main": take whichever the program defines (link.ld ASSERTs one exists).
int main() __attribute__((weak));
int freeco_mangled_main() __asm__("_Z4mainv") __attribute__((weak));
// Runs the destructors of statics; defined only by the opt-in freeco::atexit_run (abi/).
void __freeco_run_static_destructors() __attribute__((weak));

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

void run(init_function* first, init_function* last) {
  for (; first < last; ++first) (*first)();
}

}  // namespace

void Reset_Handler() {
  freeco::cpu::init();
  copy_words(__freeco_data_start, __freeco_data_end, __freeco_data_load);
  zero_words(__freeco_bss_start, __freeco_bss_end);
  run(__freeco_preinit_array_start, __freeco_preinit_array_end);
  run(__freeco_init_array_start, __freeco_init_array_end);
  const int status = main ? main() : freeco_mangled_main();
  // Destructors of statics do not run when main returns (firmware has no "after"), unless the
  // firmware links freeco::atexit_run (abi/atexit.cpp).
  if (__freeco_run_static_destructors) __freeco_run_static_destructors();
  freeco::semihosting::exit(status);
}
