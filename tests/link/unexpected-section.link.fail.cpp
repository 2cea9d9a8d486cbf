// An input section that no rule of link.ld places is reported, not silently put somewhere.
// CHECK: ERROR(freeco): input sections that no rule places ended up in .freeco.unexpected

[[gnu::used, gnu::section(".my_table")]] const int table[] = {1, 2, 3};

extern "C" int main() { return *static_cast<const volatile int*>(&table[1]) - 2; }
