// The smallest firmware: startup, main, exit. bench/CMakeLists.txt links it with each console
// and exit back end, and bench/footprint.py prints what each one costs (the differences).
// Two variants of the program add one piece each:
//   FOOTPRINT_OWN_SINK        a sink of the firmware's own that drops the text, so that the
//                             full reports are linked but no console's code
//   FOOTPRINT_STACK_PAINTING  freeco::stack::used_most(), which paints the stack at boot
#include <freeco/console.hpp>
#include <freeco/stack.hpp>

#ifdef FOOTPRINT_OWN_SINK
void freeco::console::sink(const char*, size_t) {}
#endif

int main() {
#ifdef FOOTPRINT_STACK_PAINTING
  return freeco::stack::used_most() == 0;
#endif
}
