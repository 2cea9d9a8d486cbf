// A firmware that runs tasks on an executor links no heap: no malloc, free, calloc, realloc,
// no sbrk and no global operator new (new, new[], their nothrow and aligned forms); task
// frames come from static pools. operator delete is allowed (DESIGN.md: virtual destructors
// reference it). The symbol table must list the executor's loop and freeco::frames, so an
// empty or unreadable listing cannot pass, and a build of the same program with a heap
// (-DWITH_HEAP) must match the pattern, so a pattern that matches nothing cannot pass either.
//
// DEFINE: %{heap_symbols} = 'malloc|free|calloc|realloc|aligned_alloc|memalign|posix_memalign|_?sbrk|_sbrk_r|_(malloc|free|calloc|realloc)_r|_Zn[wa]j.*'
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: llvm-nm --just-symbol-name %t.elf > %t.syms
// RUN: grep -x _ZN6freeco8executor4loopEb %t.syms
// RUN: grep -x _ZN6freeco6framesE %t.syms
// RUN: not grep -E -x %{heap_symbols} %t.syms
//
// RUN: %{cxx} %{flags} -DWITH_HEAP %s -o %t.heap.elf %{link_flags}
// RUN: llvm-nm --just-symbol-name %t.heap.elf > %t.heap.syms
// RUN: grep -E -x %{heap_symbols} %t.heap.syms | FileCheck --check-prefix=HEAP %s
// HEAP-DAG: {{^}}malloc{{$}}
// HEAP-DAG: {{^}}_Znwj{{$}}
#include <freeco/executor.hpp>
#include <stddef.h>

namespace {
constinit freeco::executor executor;
int sum = 0;

freeco::task<int> child(int v) {
  co_await freeco::yield();
  co_return v;
}

freeco::task<> worker(int v) { sum += co_await child(v); }
}  // namespace

#ifdef WITH_HEAP
// The control build: what the pattern must catch, a malloc and a global operator new in use
// (not inlined, so that their symbols stay in the image).
namespace {
alignas(8) unsigned char arena[64];
size_t arena_used = 0;
}  // namespace
extern "C" [[gnu::noinline]] void* malloc(size_t size) {
  void* p = arena + arena_used;
  arena_used += (size + 7) / 8 * 8;
  return p;
}
[[gnu::noinline]] void* operator new(size_t size) { return malloc(size); }
void operator delete(void*) noexcept {}
void operator delete(void*, size_t) noexcept {}
int* volatile kept;
#endif

extern "C" int main() {
#ifdef WITH_HEAP
  kept = new int(5);
#endif
  if (executor.spawn(worker(1)) != freeco::spawn_status::spawned) return 1;
  if (executor.spawn(worker(2)) != freeco::spawn_status::spawned) return 1;
  executor.run();
  return sum == 3 && executor.live_tasks() == 0 ? 0 : 2;
}
