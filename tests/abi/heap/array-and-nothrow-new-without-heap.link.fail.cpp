// new[] and the nothrow form are the same policy: no heap, the link fails and says why.
#include <new>

extern "C" int main() {
  char* volatile a = new char[8];
  int* volatile b = new (std::nothrow) int(2);
  return a[0] + *b;
}
// CHECK: ERROR(freeco): this firmware calls the global operator new but has no heap
