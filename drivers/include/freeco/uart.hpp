// freeco::uart: the board's serial port (UART0), driven by its interrupts, awaited by tasks.
//
//     constinit freeco::uart<64> serial;  // a 64-byte receive buffer (a power of two); all in .bss
//
//     freeco::task<> console() {
//       char line[40];
//       for (;;) {
//         co_await serial.write("> ");
//         const freeco::uart_line got = co_await serial.read_line(line, sizeof line);
//         if (got.too_long) co_await serial.write_line("ERROR: line too long");
//         else if (got.length > 0) ...;  // `line` holds it, NUL-terminated
//       }
//     }
//     int main() {
//       serial.start();  // 115200 8N1, interrupts on
//       ... executor.spawn(console()); executor.run_forever();
//     }
//
// Hardware: targets/<board>/uart_hw.hpp (microbit: the nRF51's UART0 on the USB serial pins;
// mps2-an386: CMSDK APB UART0). The interrupt handlers are in drivers/src/uart.cpp, an archive
// member the linker takes only for a firmware that has a uart object; start() enables them.
//
// Receiving. The interrupt handler moves each byte into the receive buffer. When the buffer
// is full the byte is dropped and counted (overruns()); the bytes it holds stay intact and in
// order. Bytes the hardware lost before the handler could read them are counted apart
// (hardware_overruns()).
//   co_await read_byte()                  -> uint8_t
//   co_await read(buffer, capacity)       -> size_t: as many bytes as wait, 1..capacity
//   co_await read_line(buffer, capacity)  -> uart_line: the next line, NUL-terminated. A line
//       ends at '\n' or '\r', and "\r\n" counts as one end. A line longer than capacity - 1
//       keeps its first capacity - 1 characters, the rest up to its end is skipped, and
//       too_long is set. (A raw read after a line that ended in '\r' sees the '\n' after it.)
// Sending. There is no transmit buffer: the interrupt handler hands the caller's bytes to the
// hardware one by one, and co_await returns once the last is in the hardware.
//   co_await write(data, size), write(text), write_line(text) (text, then "\r\n")
//
// One task may read while another writes. A second task that reads (writes) while another's
// read (write) waits is reported as ERROR(freeco) and ends the firmware, rather than mixing
// their bytes. Destroying a task that waits in a read or a write cancels it: the bytes a read
// had taken are lost, a write stops before its next byte. Thread mode only, in freeco tasks.
#pragma once

#include <coroutine>
#include <freeco/callback_node.hpp>
#include <freeco/task.hpp>
#include <freeco/thread_mode.hpp>
#include <stddef.h>
#include <stdint.h>
#include <type_traits>

namespace freeco {

struct uart_line {
  size_t length;  // characters in the buffer, before the NUL
  bool too_long;  // the line did not fit: the buffer holds its start, the rest was skipped
};

namespace detail {

// Everything but the receive buffer's storage, so that the code exists once whatever the
// capacity. Three parties share it:
//
// Receive buffer: a ring with one producer, the receive handler, which alone writes rx_head_
// and the slot at rx_head_; and one consumer, thread mode, which alone writes rx_tail_ and
// reads only slots below rx_head_. Both are free-running counters; rx_head_ - rx_tail_ (mod
// 2^32) is the number of bytes held, 0..capacity. Each counter is one aligned word with one
// writer, so every read of it is whole on either core: no LDREX/STREX, no masking. The handler
// fills a slot and only then advances rx_head_; thread mode reads a slot and only then
// advances rx_tail_ (all three are volatile, so the compiler keeps that order, and one core
// sees its own accesses in order, handler or not). So no slot is written while it may still be
// read, or read before it is written: held bytes are never corrupted or reordered. At
// rx_head_ - rx_tail_ == capacity the handler drops the byte and counts it.
//
// Transmit: tx_left_ says who owns tx_next_ and tx_left_:
//
//            write starts a piece: tx_next_, then tx_left_ = n, then pends the interrupt
//   thread (tx_left_ == 0) ------------------------------------------------> handler (> 0)
//          <-------------------------------------------------------------
//            handler: hands bytes over while the hardware takes them; at 0 it requests service
//   Cancelling a waiting write exchanges tx_left_ for 0 (one atomic step): the handler stops
//   at once and never touches the caller's bytes again.
//
// Waking: handlers never touch tasks or awaiters. They request service() (deferred_work:
// queued at most once until it runs), which runs in thread mode, moves bytes into the waiting
// read, starts the next piece of the waiting write, and wakes a task whose operation is done.
// reader_ and writer_ (the waiting operations) are thread-mode only, so registering, finishing
// and cancelling need no masking, and a wake can't be lost: an operation registers before its
// task returns to the executor, and service() runs only from there.
class uart_core : deferred_work {
 public:
  // A read: the awaiter, in the reading task's frame while it waits.
  struct read_op {
    using step_fn = bool (*)(read_op&, uart_core&) noexcept;  // takes bytes; true once done
    step_fn step;
    uint8_t* buffer;
    size_t capacity;
    size_t length = 0;
    bool too_long = false;
    task_node* task = nullptr;
  };
  // A write of up to two pieces (write_line's second is "\r\n").
  struct write_op {
    const uint8_t* data;
    size_t size;
    const uint8_t* then;
    size_t then_size;
    task_node* task = nullptr;
  };

  uart_core(const uart_core&) = delete;
  uart_core& operator=(const uart_core&) = delete;

  // Bytes waiting in the receive buffer.
  size_t available() const noexcept { return rx_head_ - rx_tail_; }
  // Bytes dropped because the receive buffer was full.
  uint32_t overruns() const noexcept { return overruns_; }
  // Times the hardware reported a byte lost before the handler read it.
  uint32_t hardware_overruns() const noexcept { return hardware_overruns_; }

  // For the awaiters, thread mode. begin_* report a second reader (writer) and return whether
  // the operation is already done; wait_* register it; end_* (the awaiter's destructor)
  // cancel it if it still waits.
  bool begin_read(read_op& op) noexcept;
  void wait_read(read_op& op) noexcept { reader_ = &op; }
  void end_read(read_op& op) noexcept {
    if (reader_ == &op) reader_ = nullptr;
  }
  bool begin_write(write_op& op) noexcept;
  void wait_write(write_op& op) noexcept { writer_ = &op; }
  void end_write(write_op& op) noexcept {
    if (writer_ == &op) cancel_write();
  }
  static bool take_some(read_op& op, uart_core& u) noexcept;  // read_byte, read
  static bool take_line(read_op& op, uart_core& u) noexcept;  // read_line

  // The board's interrupt handlers (uart.cpp), for the started uart.
  void receive_interrupt() noexcept;
  void transmit_interrupt() noexcept;

 protected:
  // All zero, so that a constinit uart lives in .bss: start() fills in the rest.
  constexpr uart_core() noexcept : deferred_work(nullptr) {}
  // Binds this object to the board's UART0 with its receive buffer, sets the hardware up and
  // enables its interrupts.
  void start(uint32_t baud, volatile uint8_t* rx_buffer, uint32_t capacity) noexcept;

 private:
  static void service(void* self) noexcept;
  bool pop(uint8_t& byte) noexcept;
  void start_piece(const uint8_t* data, size_t size) noexcept;
  bool advance_write(write_op& op) noexcept;
  void cancel_write() noexcept;

  volatile uint8_t* rx_buffer_ = nullptr;
  uint32_t rx_mask_ = 0;
  volatile uint32_t rx_head_ = 0;  // written by the receive handler only
  volatile uint32_t rx_tail_ = 0;  // written by thread mode only
  volatile uint32_t overruns_ = 0;
  volatile uint32_t hardware_overruns_ = 0;
  const uint8_t* volatile tx_next_ = nullptr;
  volatile uint32_t tx_left_ = 0;
  read_op* reader_ = nullptr;   // the read that waits, if any
  write_op* writer_ = nullptr;  // the write that waits, if any
  bool skip_lf_ = false;        // the last line ended in '\r': a '\n' next belongs to it
};

// The awaiters. A waiting one is registered by address, so it never moves; it may be copied
// before it waits (freeco::timeout moves an awaitable into a task of its own).
template <class Result>
class [[nodiscard]] uart_read : uart_core::read_op {
 public:
  uart_read(uart_core& u, step_fn step, uint8_t* buffer, size_t capacity) noexcept
      : read_op{step, buffer, capacity}, uart_(u) {}
  explicit uart_read(uart_core& u) noexcept : read_op{&uart_core::take_some, &byte_, 1}, uart_(u) {}
  uart_read(const uart_read& other) noexcept : read_op(other), uart_(other.uart_), byte_(other.byte_) {
    if (buffer == &other.byte_) buffer = &byte_;  // read_byte reads into its own byte
  }
  uart_read& operator=(const uart_read&) = delete;
  ~uart_read() { uart_.end_read(*this); }

  bool await_ready() noexcept { return uart_.begin_read(*this); }
  template <freeco_promise P>
  void await_suspend(std::coroutine_handle<P> me) noexcept {
    task = &me.promise();
    uart_.wait_read(*this);
  }
  Result await_resume() const noexcept {
    if constexpr (std::is_same_v<Result, uint8_t>)
      return byte_;
    else if constexpr (std::is_same_v<Result, size_t>)
      return length;
    else
      return uart_line{length, too_long};
  }

 private:
  uart_core& uart_;
  uint8_t byte_ = 0;  // read_byte's buffer
};

class [[nodiscard]] uart_write : uart_core::write_op {
 public:
  uart_write(uart_core& u, const void* data, size_t size, const char* then, size_t then_size) noexcept
      : write_op{static_cast<const uint8_t*>(data), size, reinterpret_cast<const uint8_t*>(then), then_size},
        uart_(u) {}
  uart_write(const uart_write&) noexcept = default;
  uart_write& operator=(const uart_write&) = delete;
  ~uart_write() { uart_.end_write(*this); }

  bool await_ready() noexcept { return uart_.begin_write(*this); }
  template <freeco_promise P>
  void await_suspend(std::coroutine_handle<P> me) noexcept {
    task = &me.promise();
    uart_.wait_write(*this);
  }
  void await_resume() const noexcept {}

 private:
  uart_core& uart_;
};

constexpr size_t text_length(const char* text) noexcept {
  size_t n = 0;
  while (text[n] != '\0') ++n;
  return n;
}

}  // namespace detail

template <size_t RxCapacity = 64>
class uart : detail::uart_core {
  static_assert(RxCapacity > 0 && (RxCapacity & (RxCapacity - 1)) == 0 && RxCapacity <= 0x8000'0000u,
                "ERROR(freeco): a uart's receive buffer capacity must be a power of two");

 public:
  constexpr uart() noexcept = default;

  // Thread mode, once, before the first read or write: binds this object to the board's UART0
  // (one uart object per firmware), sets it to 8N1 at `baud` and enables its interrupts.
  void start(uint32_t baud = 115200) noexcept {
    detail::require_thread_mode("ERROR(freeco): uart::start from an interrupt handler: start the uart in main, before "
                                "the tasks that read and write it");
    uart_core::start(baud, rx_storage_, RxCapacity);
  }

  static constexpr size_t capacity() noexcept { return RxCapacity; }
  using uart_core::available;
  using uart_core::hardware_overruns;
  using uart_core::overruns;

  detail::uart_read<uint8_t> read_byte() noexcept { return detail::uart_read<uint8_t>(*this); }
  detail::uart_read<size_t> read(void* buffer, size_t capacity) noexcept {
    return {*this, &uart_core::take_some, static_cast<uint8_t*>(buffer), capacity};
  }
  // capacity counts the NUL (with 0, every non-empty line is too long and nothing is stored).
  detail::uart_read<uart_line> read_line(char* buffer, size_t capacity) noexcept {
    return {*this, &uart_core::take_line, reinterpret_cast<uint8_t*>(buffer), capacity};
  }

  detail::uart_write write(const void* data, size_t size) noexcept { return {*this, data, size, nullptr, 0}; }
  detail::uart_write write(const char* text) noexcept {
    return {*this, text, detail::text_length(text), nullptr, 0};
  }
  detail::uart_write write_line(const char* text) noexcept {
    return {*this, text, detail::text_length(text), "\r\n", 2};
  }

 private:
  volatile uint8_t rx_storage_[RxCapacity] = {};
};

}  // namespace freeco
