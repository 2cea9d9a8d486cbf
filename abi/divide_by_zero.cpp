// Integer division by zero, reported. libgcc's division routines call these when the divisor
// is 0 (every integer division on the Cortex-M0, 64-bit division on both cores); libgcc's own,
// weak, return 0 and carry on. link.ld names them (EXTERN), so that these come from freeco's
// archive before libgcc is searched. On the M4, SDIV and UDIV trap instead (CCR.DIV_0_TRP,
// cortex-m4/cpu.hpp) and the fault report says the same.
// Full reports (freeco/report.hpp), weak: console_none.o has silent ones.
#include <freeco/report.hpp>

extern "C" [[gnu::weak]] void __aeabi_idiv0() {
  freeco::panic("ERROR(freeco): divide by zero", __builtin_return_address(0));
}
extern "C" [[gnu::weak]] void __aeabi_ldiv0() {
  freeco::panic("ERROR(freeco): divide by zero", __builtin_return_address(0));
}
