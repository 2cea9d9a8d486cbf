// The runner refuses a board it does not know and lists the ones it does.
// RUN: not %{run} --board nosuchboard %s 2>&1 | FileCheck %s
// CHECK: unknown board 'nosuchboard'; valid: mps2-an386, microbit
