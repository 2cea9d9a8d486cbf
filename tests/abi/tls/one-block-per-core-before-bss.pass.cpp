// link.ld reserves one block per core (board.hpp's core_count, which startup passes on as
// __freeco_core_count), ahead of .bss: filling every zero-initialised thread_local leaves the
// .bss variables on either side untouched.
#include <stdint.h>

#include "Inputs/tls_block.h"

extern "C" char __freeco_core_count[], __freeco_bss_start[];

namespace {
volatile uint32_t before_bss;
thread_local volatile uint8_t filled[200];
volatile uint32_t after_bss;
}  // namespace

extern "C" int main() {
  if (tls_block::value(__freeco_core_count) != freeco::board::core_count ||
      tls_block::value(__freeco_tls_block_count) != freeco::board::core_count) {
    return 1;
  }
  const uintptr_t blocks_end = tls_block::value(__freeco_tls_blocks) + freeco::board::core_count * tls_block::size();
  if (tls_block::size() < sizeof filled || blocks_end > tls_block::value(__freeco_bss_start)) return 2;
  for (auto& byte : filled) byte = 0xff;
  return before_bss == 0 && after_bss == 0 ? 0 : 3;
}
