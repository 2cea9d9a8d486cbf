// Every object built with freeco's headers for the Cortex-M0 carries this weak absolute
// symbol, and the memory.ld of each board with another CPU refuses a link in which it appears:
// an ARMv7-M instruction faults on a Cortex-M0, and the CPUs' float ABIs, per-core records and
// atomics differ. Weak, so that many objects may define it; it takes no space.
#pragma once

asm(".weak __freeco_cpu_cortex_m0\n.set __freeco_cpu_cortex_m0, 1");
