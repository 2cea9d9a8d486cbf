// Opting in to a heap from freeco pools (FREECO_HEAP_FROM_POOL): operator new takes a block of
// the smallest class that fits, delete (sized or not) gives it back, nothrow new returns
// nullptr when the class is full.
#include <freeco/heap_pool.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::frame_pools<freeco::frame_pool<16, 2>, freeco::frame_pool<64, 1>> heap_blocks;
}
FREECO_HEAP_FROM_POOL(heap_blocks);

struct shape {
  virtual ~shape() = default;
  char name[40] = "square";
};

extern "C" int main() {
  // Calls of operator new itself: compilers may elide the allocations of new-expressions
  // whose objects are only created and deleted ([expr.new]), and clang does.
  void* a = ::operator new(sizeof(int));
  void* b = ::operator new(sizeof(int));
  RUNTIME_CHECK(heap_blocks.stats(0).in_use == 2);
  // The class of 16-byte blocks is full.
  RUNTIME_CHECK(::operator new(sizeof(int), std::nothrow) == nullptr);
  shape* s = new shape;                                  // 64-byte class
  RUNTIME_CHECK(heap_blocks.stats(1).in_use == 1 && s->name[0] == 's');
  delete s;  // through the virtual destructor
  ::operator delete(a, sizeof(int));  // sized
  ::operator delete(b);               // unsized: found by address
  RUNTIME_CHECK(heap_blocks.stats(0).in_use == 0 && heap_blocks.stats(1).in_use == 0);
  runtime_test::print("refused: ", static_cast<long>(heap_blocks.stats(0).failed));
  return 0;
}
// CHECK: refused: 1
