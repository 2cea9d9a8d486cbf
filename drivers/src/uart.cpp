// freeco::uart's code (freeco/uart.hpp has the design): written once for every board; the
// board's uart_hw.hpp supplies the registers and names the interrupts. Its own archive member:
// a firmware without a uart object never pulls it in, and keeps the weak default handlers.
#include <freeco/executor.hpp>
#include <freeco/panic.hpp>
#include <freeco/uart.hpp>

#include <freeco/target/board.hpp>
#include <freeco/target/cpu_atomic.hpp>
#include <freeco/target/nvic.hpp>
#include <freeco/target/uart_hw.hpp>

// The serial console back end also drives UART0: link.ld refuses a firmware with both.
asm(".globl __freeco_driver_uart0\n\t.set __freeco_driver_uart0, 1");

namespace freeco::detail {

namespace {

// The board's interrupt lines, numbered in vector-table order (board.hpp).
enum irq_line : unsigned {
#define FREECO_IRQ_LINE(name) line_##name,
  FREECO_BOARD_IRQS(FREECO_IRQ_LINE)
#undef FREECO_IRQ_LINE
};

// UART0's lines (uart_hw.hpp), and those whose handler transmits.
#define FREECO_UART_LINE(name, receive, transmit) | (1u << line_##name)
#define FREECO_UART_TX_LINE(name, receive, transmit) | ((transmit) ? 1u << line_##name : 0u)
constexpr uint32_t uart_lines = 0 FREECO_BOARD_UART0_IRQS(FREECO_UART_LINE);
constexpr uint32_t uart_tx_lines = 0 FREECO_BOARD_UART0_IRQS(FREECO_UART_TX_LINE);
#undef FREECO_UART_LINE
#undef FREECO_UART_TX_LINE
static_assert(board::irq_count <= 32, "BUG(freeco): the uart driver enables its lines as one mask of lines 0 to 31");
static_assert(uart_tx_lines != 0, "BUG(freeco): uart_hw.hpp names no transmit interrupt");

// The started uart; written once, before its interrupts are enabled.
uart_core* started = nullptr;
// What the board's transmitter needs remembered (uart_hw.hpp); transmit handler only.
board::uart0::tx_state tx_hardware;

}  // namespace

void uart_core::start(uint32_t baud, volatile uint8_t* rx_buffer, uint32_t capacity) noexcept {
  if (started != nullptr && started != this)
    panic("ERROR(freeco): a second freeco::uart was started, but the board has one UART0: use one uart object",
          __builtin_return_address(0));
  resume_ = &uart_core::service;
  rx_buffer_ = rx_buffer;
  rx_mask_ = capacity - 1;
  started = this;
  asm volatile("" ::: "memory");  // all of the above before an interrupt can look at it
  board::uart0::enable(baud);
  nvic::enable_lines(uart_lines);
}

void uart_core::receive_interrupt() noexcept {
  board::uart0::rx_acknowledge();
  bool received = false;
  uint8_t byte;
  while (board::uart0::rx_take(byte)) {
    received = true;
    const uint32_t head = rx_head_;
    if (head - rx_tail_ > rx_mask_) {  // full: keep what is held
      overruns_ = overruns_ + 1;
      continue;
    }
    rx_buffer_[head & rx_mask_] = byte;
    rx_head_ = head + 1;  // after the slot: the consumer reads only below it
  }
  if (board::uart0::rx_overrun_taken()) hardware_overruns_ = hardware_overruns_ + 1;
  if (received) request();
}

void uart_core::transmit_interrupt() noexcept {
  board::uart0::tx_acknowledge(tx_hardware);
  uint32_t left = tx_left_;
  if (left == 0) return;  // the thread owns the piece (or there is none)
  const uint8_t* next = tx_next_;
  while (left != 0 && board::uart0::tx_ready(tx_hardware)) {
    board::uart0::tx_put(tx_hardware, *next++);
    --left;
  }
  tx_next_ = next;
  tx_left_ = left;  // at 0 the piece goes back to thread mode
  if (left == 0) request();
}

bool uart_core::pop(uint8_t& byte) noexcept {
  const uint32_t tail = rx_tail_;
  if (rx_head_ == tail) return false;
  byte = rx_buffer_[tail & rx_mask_];
  rx_tail_ = tail + 1;  // after the read: the slot may be refilled from now on
  return true;
}

bool uart_core::take_some(read_op& op, uart_core& u) noexcept {
  uint8_t byte;
  while (op.length < op.capacity && u.pop(byte)) op.buffer[op.length++] = byte;
  if (op.length == 0 && op.capacity != 0) return false;
  u.skip_lf_ = false;  // raw reads see raw bytes
  return true;
}

bool uart_core::take_line(read_op& op, uart_core& u) noexcept {
  uint8_t byte;
  while (u.pop(byte)) {
    if (u.skip_lf_) {
      u.skip_lf_ = false;
      if (byte == '\n') continue;  // the second half of "\r\n"
    }
    if (byte == '\n' || byte == '\r') {
      u.skip_lf_ = byte == '\r';
      if (op.capacity != 0) op.buffer[op.length] = '\0';
      return true;
    }
    if (op.length + 1 < op.capacity)
      op.buffer[op.length++] = byte;
    else
      op.too_long = true;  // skip to the line's end
  }
  return false;
}

bool uart_core::begin_read(read_op& op) noexcept {
  if (reader_ != nullptr)
    panic("ERROR(freeco): two tasks read from one freeco::uart at once: let one task do all the reading",
          __builtin_return_address(0));
  return op.step(op, *this);
}

void uart_core::start_piece(const uint8_t* data, size_t size) noexcept {
  tx_next_ = data;
  tx_left_ = size;              // the handler owns the piece from here
  nvic::pend_lines(uart_tx_lines);  // it starts the hardware (if that is idle)
}

// Called while thread mode owns the transmitter state (tx_left_ == 0 after a piece, or none
// started): starts the next piece; true once every piece has been handed over.
bool uart_core::advance_write(write_op& op) noexcept {
  while (tx_left_ == 0) {
    if (op.size == 0) return true;
    const uint8_t* data = op.data;
    const size_t size = op.size;
    op.data = op.then;
    op.size = op.then_size;
    op.then_size = 0;
    start_piece(data, size);
  }
  return false;
}

bool uart_core::begin_write(write_op& op) noexcept {
  if (writer_ != nullptr)
    panic("ERROR(freeco): two tasks write to one freeco::uart at once: let one task do all the writing",
          __builtin_return_address(0));
  return advance_write(op);
}

void uart_core::cancel_write() noexcept {
  cpu::atomic_update(tx_left_, [](uint32_t) { return 0u; });
  writer_ = nullptr;
}

void uart_core::service(void* self) noexcept {
  uart_core& u = *static_cast<uart_core*>(static_cast<deferred_work*>(static_cast<callback_node*>(self)));
  u.begin();
  if (read_op* r = u.reader_; r != nullptr && r->step(*r, u)) {
    u.reader_ = nullptr;
    detail::wake(*r->task);
  }
  if (write_op* w = u.writer_; w != nullptr && u.advance_write(*w)) {
    u.writer_ = nullptr;
    detail::wake(*w->task);
  }
}

// The handlers the board's vector table names (uart_hw.hpp): they replace the weak defaults.
#define FREECO_UART_HANDLER(name, receive, transmit)     \
  extern "C" void name##_IRQHandler() {                  \
    if (receive) started->receive_interrupt();           \
    if (transmit) started->transmit_interrupt();         \
  }
FREECO_BOARD_UART0_IRQS(FREECO_UART_HANDLER)
#undef FREECO_UART_HANDLER

}  // namespace freeco::detail
