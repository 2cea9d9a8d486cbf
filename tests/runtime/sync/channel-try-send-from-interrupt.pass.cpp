// An interrupt handler sends with try_send: a waiting receiver gets the items in order, and
// when the channel is full try_send says so (false) without touching what it holds.
#include <freeco/channel.hpp>
#include <runtime_test.h>
#include <soft_irq.h>

namespace {
constinit freeco::executor executor;
constinit freeco::channel<unsigned, 4> samples;
volatile unsigned next_sample = 100;
volatile unsigned refused = 0;

freeco::task<> receiver() {
  unsigned expected = 100;
  for (int round = 0; round < 3; ++round) {
    RUNTIME_CHECK(co_await samples.receive() == expected++);  // waits: the handler sends later
  }
  // Six sends into four slots, nobody receiving: two refused.
  for (int i = 0; i < 6; ++i) soft_irq::raise();
  RUNTIME_CHECK(refused == 2 && samples.size() == 4);
  for (int i = 0; i < 4; ++i) RUNTIME_CHECK(co_await samples.receive() == expected++);
}

freeco::task<> raiser() {
  for (int i = 0; i < 3; ++i) {
    co_await freeco::yield();
    soft_irq::raise();
  }
}
}  // namespace

void on_soft_irq() {
  if (samples.try_send(next_sample))
    next_sample = next_sample + 1;
  else
    refused = refused + 1;
}

extern "C" int main() {
  soft_irq::enable();
  runtime_test::spawn(executor, receiver());
  runtime_test::spawn(executor, raiser());
  executor.run();
  RUNTIME_CHECK(samples.size() == 0 && !samples.has_waiters());
  return 0;
}
