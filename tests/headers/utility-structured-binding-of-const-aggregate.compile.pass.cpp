// <utility> declares tuple_size<const T> only where tuple_size<T> has a value, so a
// structured binding of a const aggregate (which has no tuple_size) binds its members.
#include <utility>

struct named {
  const char* name;
  int value;
};

int sum(const named (&items)[2]) {
  int total = 0;
  for (const auto& [name, value] : items) total += value + (name != nullptr);
  return total;
}
static_assert(std::tuple_size<const std::pair<int, char>>::value == 2);
