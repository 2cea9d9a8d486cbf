// Two receivers wait on a full channel of one slot while a sender waits for room: the receive
// that frees the slot refills it from the sender, and that item goes to the second receiver.
// Before the fix the refilled item stayed in the channel with nobody woken for it: the second
// receiver waited for ever (the referee task sees it after its yields).
#include <freeco/channel.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::channel<int, 1> channel;
int got[2] = {0, 0};
int finished = 0;

freeco::task<> receiver(int which) {
  got[which] = co_await channel.receive();
  ++finished;
}

freeco::task<> sender() {
  co_await channel.send(1);  // goes to the first receiver
  co_await channel.send(2);  // full (1 is held for it): waits
  ++finished;
}

freeco::task<> referee() {
  for (int i = 0; i < 20 && finished < 3; ++i) co_await freeco::yield();
  RUNTIME_CHECK(finished == 3);
  RUNTIME_CHECK(got[0] == 1 && got[1] == 2);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, receiver(0));
  runtime_test::spawn(executor, receiver(1));
  runtime_test::spawn(executor, sender());
  runtime_test::spawn(executor, referee());
  executor.run();
  RUNTIME_CHECK(channel.size() == 0 && !channel.has_waiters());
  return 0;
}
