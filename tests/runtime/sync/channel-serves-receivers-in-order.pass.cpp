// Receivers that wait on an empty channel get the items in the order they started waiting;
// a non-trivial item type is moved through and destroyed exactly once.
#include <freeco/channel.hpp>
#include <runtime_test.h>
#include <utility>

namespace {
int alive = 0;
struct token {
  int value;
  explicit token(int v) noexcept : value(v) { ++alive; }
  token(token&& other) noexcept : value(std::exchange(other.value, -1)) { ++alive; }
  token& operator=(token&& other) noexcept {
    value = std::exchange(other.value, -1);
    return *this;
  }
  ~token() { --alive; }
};

constinit freeco::executor executor;
constinit freeco::channel<token, 3> tokens;
char order[8];
unsigned length = 0;

freeco::task<> receiver(char name, int expected) {
  token t = co_await tokens.receive();
  RUNTIME_CHECK(t.value == expected);
  order[length++] = name;
}

freeco::task<> sender() {
  co_await freeco::yield();  // all three receivers wait by now
  for (int i = 1; i <= 3; ++i) co_await tokens.send(token(i));
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, receiver('a', 1));
  runtime_test::spawn(executor, receiver('b', 2));
  runtime_test::spawn(executor, receiver('c', 3));
  runtime_test::spawn(executor, sender());
  executor.run();
  RUNTIME_CHECK(alive == 0);
  freeco::console::write(order);
  freeco::console::write("\n");
  return 0;
}
// CHECK: abc
