// The runtime works with the toolchain's own C++ headers: arm-none-eabi libstdc++'s
// <coroutine>, <array>, <span> and <optional> (not freeco's std headers), GCC and clang alike.
// RUN: %{cxx} %{flags_toolchain_std} %s -o %t.elf %{link_flags}
// RUN: %{run} %t.elf | FileCheck %s
// CHECK: libstdc++ headers: sum 60, first even 20
#include <array>
#include <coroutine>
#include <freeco/channel.hpp>
#include <freeco/console.hpp>
#include <freeco/executor.hpp>
#include <optional>
#include <span>

#ifndef __GLIBCXX__
#error "this test must see libstdc++'s headers"
#endif

constinit freeco::executor executor;
constinit freeco::channel<int, 2> values;
int total = 0;
std::optional<int> first_even;

freeco::task<int> sum(std::span<const int> items) {
  int s = 0;
  for (int v : items) s += v;
  co_return s;
}

freeco::task<> producer() {
  static constexpr std::array<int, 3> items{10, 20, 30};
  for (int v : items) co_await values.send(v);
  co_await values.send(co_await sum(std::span<const int>(items)));
}

freeco::task<> consumer() {
  for (int i = 0; i < 3; ++i) {
    const int v = co_await values.receive();
    if (!first_even && v % 20 == 0) first_even = v;
  }
  total = co_await values.receive();
}

extern "C" int main() {
  static_assert(std::is_same_v<decltype(std::noop_coroutine()), std::noop_coroutine_handle>);
  if (executor.spawn(producer()) != freeco::spawn_status::spawned) return 2;
  if (executor.spawn(consumer()) != freeco::spawn_status::spawned) return 2;
  executor.run();
  freeco::console::write("libstdc++ headers: sum ");
  freeco::console::write_dec(total);
  freeco::console::write(", first even ");
  freeco::console::write_dec(first_even ? *first_even : -1);
  freeco::console::write("\n");
  return total == 60 && first_even == 20 ? 0 : 1;
}
