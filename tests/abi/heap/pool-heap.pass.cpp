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
  int* a = new int(1);
  int* b = new int(2);
  RUNTIME_CHECK(heap_blocks.stats(0).in_use == 2);
  // The class of 16-byte blocks is full. (A call of operator new itself: compilers may elide
  // the allocation of a new-expression whose result is only compared.)
  RUNTIME_CHECK(::operator new(sizeof(int), std::nothrow) == nullptr);
  shape* s = new shape;                                  // 64-byte class
  RUNTIME_CHECK(heap_blocks.stats(1).in_use == 1 && s->name[0] == 's');
  delete s;  // through the virtual destructor: sized delete
  delete a;
  ::operator delete(b);  // unsized: found by address
  RUNTIME_CHECK(heap_blocks.stats(0).in_use == 0 && heap_blocks.stats(1).in_use == 0);
  runtime_test::print("refused: ", static_cast<long>(heap_blocks.stats(0).failed));
  return 0;
}
// CHECK: refused: 1
