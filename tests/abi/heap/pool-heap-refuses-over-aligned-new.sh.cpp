// The heap from freeco pools (FREECO_HEAP_FROM_POOL) aligns its blocks to 8: a new of a type
// aligned to 16 ends the run with an ERROR(freeco) that says so, and the nothrow form returns
// nullptr. Before, the aligned operator new was the no-heap default, a trap reported as a
// fault inside operator new.
// RUN: %{build} && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: nothrow: null
// CHECK: ERROR(freeco): operator new of a type aligned to more than 8 bytes: the heap pool (FREECO_HEAP_FROM_POOL) aligns its blocks to 8
// CHECK-NEXT: called from {{.*}} {{main|operator new}}
// CHECK: exit status: 1{{$}}
#include <freeco/console.hpp>
#include <freeco/heap_pool.hpp>

namespace {
constinit freeco::frame_pools<freeco::frame_pool<64, 4>> heap_blocks;
}
FREECO_HEAP_FROM_POOL(heap_blocks);

struct alignas(16) vector4 {
  float lanes[4];
};

// What `new (std::nothrow) vector4` and `new vector4` call; called directly, because clang may
// elide the allocation of a new-expression whose object is unused ([expr.new]).
int main() {
  void* maybe = ::operator new(sizeof(vector4), std::align_val_t{alignof(vector4)}, std::nothrow);
  freeco::console::write(maybe == nullptr ? "nothrow: null\n" : "nothrow: a block\n");
  void* v = ::operator new(sizeof(vector4), std::align_val_t{alignof(vector4)});
  freeco::console::write("the pool gave a block\n");
  ::operator delete(v, std::align_val_t{alignof(vector4)});
  return 0;
}
