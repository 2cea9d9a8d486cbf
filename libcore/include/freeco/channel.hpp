// freeco::channel<T, N>: a bounded FIFO of T between tasks, and from interrupt handlers and
// more urgent executor levels to tasks, with N slots inside the channel object: no allocation.
//
//     constinit freeco::channel<int, 8> readings;
//     extern "C" void ADC_IRQHandler() { readings.try_send(sample()); }   // false when full
//     freeco::task<> consumer() { for (;;) use(co_await readings.receive()); }
//     freeco::task<> producer() { co_await readings.send(42); }            // waits for room
//
// Order: items leave in the order they entered; waiting senders and receivers are served
// first come, first served.
//
// Home level: the receivers and waiting senders are tasks of thread mode (the default) or of
// the interrupt_executor given to the constructor (`constinit freeco::channel<int, 8> c(urgent);`).
// try_send works from the home level and from whatever the home level cannot preempt: its
// interrupt handlers, more urgent executor levels (checked in debug builds).
//
// Indices (detail::channel_slots): the slot to write next and the number of items, in one
// word. A slot is reserved by one cpu::atomic_update of that word, then filled: try_send from
// elsewhere only reserves and fills, the home level also takes. The home level never sees a
// half-filled slot: a handler or more urgent level fills its slot before it returns, and a
// home task fills its own before anything else at home runs.
//
// Waiters (at the home level only; elsewhere hands its part to the home level through
// deferred_work):
// - A sender waits only while the channel is full. A receive that frees a slot refills it at
//   once from the first waiting sender, in the same atomic step, so no handler can take it;
//   that send is then complete even if its task is destroyed before it runs, and its item
//   goes to the next waiting receiver like any other.
// - A receiver waits while no item is free for it. An item that arrives goes to the first
//   waiting receiver: it is woken, and one item stays held for it (held_) until it runs and
//   takes it. A receiver destroyed in between passes its item on. So no item is ever lost
//   with a destroyed task.
#pragma once

#include <coroutine>
#include <freeco/callback_node.hpp>
#include <freeco/executor.hpp>
#include <freeco/waiter_list.hpp>
#include <new>
#include <stddef.h>
#include <stdint.h>
#include <type_traits>
#include <utility>

#include <freeco/target/cpu_atomic.hpp>

namespace freeco {

namespace detail {

// The slots and their indices. indices_ = (write slot << 16) | item count; the oldest item is
// `count` slots behind write. A trivially destructible T keeps the channel trivially
// destructible (a static channel then registers no destructor).
template <class T, size_t N, bool = std::is_trivially_destructible_v<T>>
class channel_slots {
 protected:
  static constexpr uint32_t next_slot(uint32_t slot) noexcept { return slot + 1 == N ? 0 : slot + 1; }
  T* slot(uint32_t index) noexcept { return std::launder(reinterpret_cast<T*>(storage_ + index * sizeof(T))); }
  uint32_t oldest(uint32_t indices) const noexcept {
    const uint32_t write = indices >> 16, count = indices & 0xFFFFu;
    return write >= count ? write - count : write + N - count;
  }

  volatile uint32_t indices_ = 0;
  alignas(T) unsigned char storage_[N * sizeof(T)] = {};
};

template <class T, size_t N>
class channel_slots<T, N, false> : public channel_slots<T, N, true> {
 protected:
  ~channel_slots() {
    const uint32_t indices = this->indices_;
    for (uint32_t i = 0, at = this->oldest(indices); i < (indices & 0xFFFFu); ++i, at = this->next_slot(at))
      this->slot(at)->~T();
  }
};

}  // namespace detail

template <class T, size_t N>
class channel : detail::deferred_work, detail::channel_slots<T, N> {
  static_assert(N > 0 && N <= 32768, "ERROR(freeco): a channel holds 1 to 32768 items");
  static_assert(std::is_nothrow_move_constructible_v<T>, "ERROR(freeco): channel items must be nothrow move-constructible");

  class send_awaiter;
  class receive_awaiter;

 public:
  // Between thread-mode tasks (and from handlers).
  constexpr channel() noexcept : deferred_work(&channel::serve_deferred) {}
  // Received by the tasks of `home`, an interrupt_executor.
  constexpr explicit channel(executor& home) noexcept : deferred_work(&channel::serve_deferred, &home) {}
  channel(const channel&) = delete;
  channel& operator=(const channel&) = delete;

  // co_await ch.send(v): waits while the channel is full. Tasks of the home level only
  // (elsewhere: try_send).
  send_awaiter send(T value) noexcept {
    require_home("ERROR(freeco): channel::send away from the channel's home level (an interrupt handler, or a task of "
                 "another executor level): co_await send() there, or try_send from more urgent levels");
    return send_awaiter(*this, std::move(value));
  }
  // co_await ch.receive(): the oldest item; waits while there is none. Home level only.
  receive_awaiter receive() noexcept {
    require_home("ERROR(freeco): channel::receive away from the channel's home level: receive in its tasks, or give "
                 "the channel the receiving tasks' executor, freeco::channel<T, N> c(executor)");
    return receive_awaiter(*this);
  }

  // At the home level, in its interrupt handlers, or at a more urgent executor level: false
  // (and `value` dropped) when full. From elsewhere than home, a waiting receiver is woken when
  // the home level's executor next runs.
  bool try_send(T value) noexcept {
    detail::require_not_preempted_by(home_level(), "ERROR(freeco): channel::try_send from a level that the channel's "
                                                   "home level preempts: it could take the slot half-filled; send "
                                                   "from the home level or a more urgent one");
    if (!push(value)) return false;  // (while senders wait the channel is full: none overtakes)
    if (at_home())
      serve_receivers();
    else
      request();
    return true;
  }
  // At the home level: an item if one is free (not held for a woken receiver).
  bool try_receive(T& out) noexcept {
    require_home("ERROR(freeco): channel::try_receive from an interrupt handler or away from the channel's home "
                 "level: handlers only send (try_send); receive in a task of the channel's home level");
    if (!receivers_.empty() || size() <= held_) return false;
    out = take();
    return true;
  }

  size_t size() const noexcept { return indices_ & 0xFFFFu; }
  static constexpr size_t capacity() noexcept { return N; }
  bool has_waiters() const noexcept { return !senders_.empty() || !receivers_.empty(); }

 private:
  class [[nodiscard]] send_awaiter : detail::waiter {
   public:
    send_awaiter(channel& c, T&& value) noexcept : channel_(c), value_(std::move(value)) {}
    // Destroyed while waiting (~waiter unlinks it): not sent, the value goes with it.
    bool await_ready() noexcept { return channel_.senders_.empty() && channel_.push(value_) && (channel_.serve_receivers(), true); }
    template <detail::freeco_promise P>
    void await_suspend(std::coroutine_handle<P> me) noexcept {
      wait_in(channel_.senders_, me);
    }
    void await_resume() const noexcept {}

   private:
    friend class channel;
    channel& channel_;
    T value_;
  };

  class [[nodiscard]] receive_awaiter : detail::waiter {
   public:
    explicit receive_awaiter(channel& c) noexcept : channel_(c) {}
    ~receive_awaiter() {
      if (granted) {  // woken with an item held for us, destroyed before we ran
        --channel_.held_;
        channel_.serve_receivers();
      }
    }
    bool await_ready() const noexcept { return channel_.receivers_.empty() && channel_.size() > channel_.held_; }
    template <detail::freeco_promise P>
    void await_suspend(std::coroutine_handle<P> me) noexcept {
      wait_in(channel_.receivers_, me);
    }
    T await_resume() noexcept {
      if (granted) {
        granted = false;
        --channel_.held_;
      }
      return channel_.take();
    }

   private:
    channel& channel_;
  };

  using slots = detail::channel_slots<T, N>;
  using slots::indices_;
  using slots::next_slot;
  using slots::slot;

  // Reserves the write slot and moves `value` in; false when full. Any context.
  bool push(T& value) noexcept {
    const uint32_t old = cpu::atomic_update(indices_, [](uint32_t i) {
      return (i & 0xFFFFu) < N ? (next_slot(i >> 16) << 16) | ((i & 0xFFFFu) + 1) : i;
    });
    if ((old & 0xFFFFu) >= N) return false;
    ::new (static_cast<void*>(slot(old >> 16))) T(std::move(value));
    return true;
  }

  // At home, at least one item: takes the oldest, and refills its slot from the first
  // waiting sender. A handler's push after the read of indices_ moves write and count alike,
  // which leaves the oldest slot where it was.
  T take() noexcept {
    T* item = slot(this->oldest(indices_));
    T value(std::move(*item));
    item->~T();
    auto* sender = static_cast<send_awaiter*>(senders_.pop_front());
    if (sender == nullptr) {
      cpu::atomic_update(indices_, [](uint32_t now) { return now - 1; });
      return value;
    }
    // The channel was full, so the slot just emptied is the write slot: reserve it for the
    // sender in the same step (count unchanged), before a handler could take it.
    const uint32_t old = cpu::atomic_update(indices_, [](uint32_t now) {
      return (next_slot(now >> 16) << 16) | (now & 0xFFFFu);
    });
    ::new (static_cast<void*>(slot(old >> 16))) T(std::move(sender->value_));
    sender->granted = true;
    detail::wake(*sender->node);
    // The sender's item is free: it is for the next waiting receiver, if there is one.
    serve_receivers();
    return value;
  }

  // At home: wakes waiting receivers while there are items not yet held for one.
  void serve_receivers() noexcept {
    while (size() > held_) {
      detail::waiter* receiver = receivers_.pop_front();
      if (receiver == nullptr) return;
      receiver->granted = true;
      ++held_;
      detail::wake(*receiver->node);
    }
  }
  static void serve_deferred(void* self) noexcept {
    auto& c = *static_cast<channel*>(static_cast<deferred_work*>(static_cast<callback_node*>(self)));
    c.begin();
    c.serve_receivers();
  }

  size_t held_ = 0;  // items kept for receivers that were woken and have not run yet
  detail::waiter_list senders_;
  detail::waiter_list receivers_;
};

}  // namespace freeco
