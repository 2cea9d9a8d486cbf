// By default a firmware has no heap: a call of the global operator new fails the link with a
// message that says how to opt in.
extern "C" int main() {
  int* volatile p = new int(1);
  return *p;
}
// CHECK: ERROR(freeco): this firmware calls the global operator new but has no heap
