// [dcl.fct.def.coroutine]/4, [coroutine.traits.primary]: a coroutine whose return type has no
// promise_type (and no coroutine_traits specialisation) has no promise type: ill-formed.
#include <coroutine>

struct not_a_task {};

// CHECK-GCC: [[@LINE+2]]:{{[0-9]+}}: error: unable to find the promise type for this coroutine
// CHECK-CLANG: [[@LINE+1]]:{{[0-9]+}}: error: this function cannot be a coroutine: 'std::coroutine_traits<not_a_task>' has no member named 'promise_type'
not_a_task body() { co_return; }
