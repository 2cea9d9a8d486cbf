// Hand-written masked windows for tests/tools/window_check.py, one function each: two it
// must accept and seven it must reject. Checked by ../masked-windows-at-most-16.sh.cpp, which
// runs the script with --limit 16 on this file's object and matches its output against the
// CHECK lines below (stdout and stderr together, one window after another).
#define WINDOW(name, body) \
  extern "C" [[gnu::naked]] void name() { asm(".syntax unified\n" body); }

extern "C" void external_function();

// Exactly at the limit: the cpsid, 14 instructions, the msr (the mrs comes before the mask).
// CHECK: masked window: 16 instructions (address-order span 16) in at_limit at
WINDOW(at_limit, "mrs r1, primask\n cpsid i\n .rept 14\n nop\n .endr\n msr primask, r1\n bx lr")

// A backward branch to a shared tail, as GCC places blocks, is no loop: 7 on the longest path.
// CHECK-NEXT: masked window: 7 instructions {{.*}} in shared_tail at
WINDOW(shared_tail, "cpsid i\n cmp r0, #0\n beq 2f\n1: movs r0, #1\n cpsie i\n bx lr\n"
                    "2: movs r0, #2\n b 1b")

// The deliberately long window: 20 nops.
// CHECK-NEXT: masked window: 22 instructions {{.*}} in too_long at
// CHECK-NEXT: ERROR(freeco): masked window in too_long at 0x0 is 22 instructions long, longer than the limit of 16:
WINDOW(too_long, "cpsid i\n .rept 20\n nop\n .endr\n cpsie i\n bx lr")

// One past the limit.
// CHECK: masked window: 17 instructions {{.*}} in over_limit at
// CHECK-NEXT: ERROR(freeco): masked window in over_limit at {{.*}} is 17 instructions long, longer than the limit of 16:
WINDOW(over_limit, "mrs r1, primask\n cpsid i\n .rept 15\n nop\n .endr\n msr primask, r1\n bx lr")

// Short until the first cpsie, but the branch past it leads to a long path.
// CHECK: masked window: 20 instructions {{.*}} in late_exit at
// CHECK-NEXT: ERROR(freeco): masked window in late_exit at {{.*}} is 20 instructions long, longer than the limit of 16:
WINDOW(late_exit, "cpsid i\n cmp r0, #0\n beq 2f\n cpsie i\n bx lr\n2:\n .rept 16\n nop\n .endr\n"
                  " cpsie i\n bx lr")

// CHECK: masked window: {{.*}} in calls_out at
// CHECK-NEXT: ERROR(freeco): masked window in calls_out at {{.*}} calls out at 0x2 (bl
WINDOW(calls_out, "cpsid i\n bl external_function\n cpsie i\n bx lr")

// CHECK-NEXT: masked window: {{.*}} in loops at
// CHECK-NEXT: ERROR(freeco): masked window in loops at {{.*}} has a loop back to 0x2 at 0x4 (bne
WINDOW(loops, "cpsid i\n1: subs r0, #1\n bne 1b\n cpsie i\n bx lr")

// CHECK-NEXT: masked window: {{.*}} in never_closed at
// CHECK-NEXT: ERROR(freeco): masked window in never_closed at {{.*}} is not closed within its function: it returns at 0x4 (bx lr)
WINDOW(never_closed, "cpsid i\n movs r0, #0\n bx lr")

// CHECK-NEXT: masked window: {{.*}} in runs_off_the_end at
// CHECK-NEXT: ERROR(freeco): masked window in runs_off_the_end at {{.*}} is not closed within its function: it runs off the function's end at 0x2 ({{nop|mov r8, r8}})
WINDOW(runs_off_the_end, "cpsid i\n nop")

// CHECK-NEXT: masked windows: 9
// CHECK-NEXT: longest masked window: 22 instructions in too_long
