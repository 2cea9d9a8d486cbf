// Hand-written exclusive windows (ldrex to strex) for tests/tools/window_check.py --kind
// exclusive, one function each: two it must accept and three it must reject. Checked by
// ../exclusive-windows-hold-no-store.sh.cpp, which matches the script's output (stdout and
// stderr together) against the CHECK lines below. Armv7-M only.
#define WINDOW(name, body) \
  extern "C" [[gnu::naked]] void name() { asm(".syntax unified\n" body); }

// The shape atomic_update compiles to: load, compute, store-exclusive, retry after it.
// CHECK: exclusive window: 3 instructions {{.*}} in retry_loop at
WINDOW(retry_loop, "1: ldrex r1, [r0]\n adds r1, #1\n strex r2, r1, [r0]\n cmp r2, #0\n bne 1b\n bx lr")

// Two paths, both closed: by the strex or by a clrex.
// CHECK-NEXT: exclusive window: 4 instructions {{.*}} in two_exits at
WINDOW(two_exits, "ldrex r1, [r0]\n cmp r1, #0\n beq 1f\n strex r2, r1, [r0]\n bx lr\n1: clrex\n bx lr")

// A spill between them: rejected.
// CHECK-NEXT: exclusive window: 4 instructions {{.*}} in spill at
// CHECK-NEXT: ERROR(freeco): exclusive window in spill at 0x{{[0-9a-f]+}} stores to memory at {{.*}} (str r1, [sp, #{{(0x)?}}4])
WINDOW(spill, "ldrex r1, [r0]\n str r1, [sp, #4]\n adds r1, #1\n strex r2, r1, [r0]\n bx lr")

// A push: rejected.
// CHECK: exclusive window: 4 instructions {{.*}} in pushes at
// CHECK-NEXT: ERROR(freeco): exclusive window in pushes at 0x{{[0-9a-f]+}} stores to memory at {{.*}} (push {r4})
WINDOW(pushes, "ldrex r1, [r0]\n push {r4}\n pop {r4}\n strex r2, r1, [r0]\n bx lr")

// A call: rejected (what it runs is not seen here).
// CHECK: exclusive window: {{[0-9]+}} instructions {{.*}} in calls at
// CHECK-NEXT: ERROR(freeco): exclusive window in calls at 0x{{[0-9a-f]+}} calls out at
WINDOW(calls, "ldrex r1, [r0]\n bl external_function\n strex r2, r1, [r0]\n bx lr")

extern "C" void external_function() {}
