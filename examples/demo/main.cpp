// freeco's demo: a small firmware as a user would write it.
//
//   heartbeat  a periodic task: every second it toggles the (imaginary) LED; every fifth it
//              says so on the serial port
//   sensor     a producer: a reading every 250 ms into a channel (no allocation: the slots
//              are inside the channel)
//   logger     the consumer: takes the readings and keeps count, minimum, maximum, mean
//   console    a command line on the serial port (UART0, interrupt-driven):
//                help, stats, readings, race, timeout MS, wait MS, crunch MS, quit
//   watch      an urgent task, on an interrupt_executor (a free line at priority 0x40): a board
//              timer interrupts every 100 ms, and the task notes how long after the timer's
//              handler it runs, even while thread mode computes without yielding (crunch)
//
// All output goes through the serial port; tasks share it under a mutex, so lines never mix,
// and no task waits for the person at the keyboard: while the console waits for input it
// holds no lock; another task's line goes above the prompt, which comes back with what was
// typed so far. `./x demo` runs it under QEMU: on a terminal it stays interactive until `quit` (or Ctrl-A x);
// without one it plays examples/demo/session.txt, one line per prompt, and exits with 0.
#include <freeco/channel.hpp>
#include <freeco/console.hpp>
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/interrupt_executor.hpp>
#include <freeco/mutex.hpp>
#include <freeco/exit.hpp>
#include <freeco/stack.hpp>
#include <freeco/time.hpp>
#include <freeco/uart.hpp>
#include <freeco/when.hpp>

#include <freeco/target/board.hpp>
#include <freeco/target/nvic.hpp>
#include <freeco/target/timer_hw.hpp>

using namespace freeco::literals;

namespace {

constinit freeco::executor executor;
constinit freeco::uart<64> serial;
constinit freeco::mutex serial_lock;  // one writer at a time: whole lines, never mixed
constinit freeco::channel<int, 4> readings;
constinit freeco::interrupt_executor urgent(freeco::board::free_irqs[0]);  // SWI0 / I2S

// ---- text -----------------------------------------------------------------------------------

// A span of time to print as seconds with milliseconds: "12.345 s".
struct in_seconds {
  freeco::duration d;
};

// Spaces up to a column, for aligned tables: out << "name" << tab{12} << value.
struct tab {
  size_t column;
};

// A line under construction, in a fixed buffer (no heap, no printf). Each task keeps one and
// reuses it, so that it is in the task's frame once. A line that does not fit ends in "[cut]",
// never silently short (the demo's test fails on it).
class text {
 public:
  text& clear() {
    length_ = 0;
    cut_ = false;
    return *this;
  }
  text& operator<<(const char* s) {
    while (*s != '\0') *this << *s++;
    return *this;
  }
  text& operator<<(char c) {
    if (length_ < sizeof buffer_ - 1)
      buffer_[length_++] = c;
    else
      cut_ = true;
    return *this;
  }
  text& operator<<(long value) {
    if (value < 0) {
      *this << '-';
      value = -value;
    }
    char digits[12];
    int n = 0;
    do {
      digits[n++] = char('0' + value % 10);
      value /= 10;
    } while (value != 0);
    while (n > 0) *this << digits[--n];
    return *this;
  }
  text& operator<<(int value) { return *this << long(value); }
  text& operator<<(tab t) {
    while (length_ < t.column) *this << ' ';
    return *this;
  }
  text& operator<<(unsigned value) { return *this << long(value); }
  text& operator<<(unsigned long value) { return *this << long(value); }
  text& operator<<(in_seconds t) {
    const long ms = long(t.d.milliseconds());
    *this << (ms / 1000) << '.';
    for (long unit = 100; unit > 0; unit /= 10) *this << char('0' + ms / unit % 10);
    return *this << " s";
  }
  const char* c_str() {
    static constexpr char mark[] = "[cut]";
    if (cut_)
      for (size_t i = 0; i < sizeof mark - 1; ++i) buffer_[length_ - (sizeof mark - 1) + i] = mark[i];
    buffer_[length_] = '\0';
    return buffer_;
  }

 private:
  char buffer_[96];
  size_t length_ = 0;
  bool cut_ = false;
};

// What the console shows while it waits for a command: the prompt and what has been typed so
// far. say() puts other lines above it and shows it again. Changed under serial_lock only.
struct {
  bool shown = false;
  char typed[40];
  size_t length = 0;
} prompt;

freeco::task<> show_prompt() {
  co_await serial.write("freeco> ");
  co_await serial.write(prompt.typed, prompt.length);
}

freeco::task<> say(text& line) {
  auto lock = co_await serial_lock.lock();
  if (prompt.shown) co_await serial.write("\r\x1b[K");  // the prompt's line is cleared, then drawn again below
  co_await serial.write_line(line.c_str());
  if (prompt.shown) co_await show_prompt();
}

in_seconds uptime() { return {freeco::clock::now().since_start()}; }

// ---- the tasks ------------------------------------------------------------------------------

bool led = false;
unsigned heartbeats = 0;

freeco::task<> heartbeat() {
  text out;
  freeco::time_point next = freeco::clock::now();
  for (;;) {
    co_await freeco::sleep_until(next += 1_s);  // periodic: no drift, whatever the work takes
    led = !led;
    if (++heartbeats % 5 == 0) co_await say(out.clear() << "heartbeat " << heartbeats << " at " << uptime());
  }
}

// A made-up temperature sensor, in tenths of a degree.
int sample(unsigned i) { return 215 + int(i * 7 % 11) - 5; }

freeco::task<> sensor() {
  for (unsigned i = 0;; ++i) {
    co_await freeco::sleep_for(250_ms);
    co_await readings.send(sample(i));  // waits if the logger falls behind
  }
}

struct summary {
  unsigned count = 0;
  int min = 0, max = 0;
  long sum = 0;
} logged;

freeco::task<> logger() {
  for (;;) {
    const int r = co_await readings.receive();
    if (logged.count == 0 || r < logged.min) logged.min = r;
    if (logged.count == 0 || r > logged.max) logged.max = r;
    logged.sum += r;
    ++logged.count;
  }
}

// Two more sensors for `race` and `timeout`: one answers in 20 ms, one in 300 ms.
freeco::task<int> probe(freeco::duration delay, int value) {
  co_await freeco::sleep_for(delay);
  co_return value;
}

// ---- the console ----------------------------------------------------------------------------

// The number after a command's name: `fallback` if there is none, -1 if it is not a whole
// number from 0 to `max`.
long argument(const char* line, long fallback, long max) {
  while (*line != '\0' && *line != ' ') ++line;
  while (*line == ' ') ++line;
  if (*line == '\0') return fallback;
  long n = 0;
  for (; *line >= '0' && *line <= '9'; ++line) {
    n = n * 10 + (*line - '0');
    if (n > max) return -1;
  }
  while (*line == ' ') ++line;
  return *line == '\0' ? n : -1;
}

// ---- the urgent level ------------------------------------------------------------------------

// Board timer 0 interrupts every 100 ms; timer 1 counts core clocks, the reference. The watch
// task runs on `urgent`, whose line is more urgent than thread mode: it preempts whatever
// thread mode does, and its latency is the time from the timer's handler to the task.
namespace hw = freeco::board::timer_hw;
constexpr uint32_t watch_period = freeco::board::core_clock_hz / 10;
constinit freeco::interrupt_event timer_fired;
volatile uint32_t fired_at = 0;  // timer 1's count in the handler
struct {
  volatile uint32_t wakes = 0, least = 0, most = 0;  // written by the watch task only
} watched;

freeco::task<> watch() {
  for (;;) {
    co_await timer_fired;
    const uint32_t clocks = hw::counted(1) - fired_at;
    if (watched.wakes == 0 || clocks < watched.least) watched.least = clocks;
    if (clocks > watched.most) watched.most = clocks;
    watched.wakes = watched.wakes + 1;
  }
}

void start_watching() {
  hw::start_counting(1);
  hw::init(0);
  freeco::nvic::enable(hw::irq[0]);
  hw::start(0, watch_period);
}

// Computes for `ms` without yielding: thread mode's other tasks wait, the watch task does not.
freeco::task<> crunch(long ms) {
  text out;
  const uint32_t wakes = watched.wakes;
  const freeco::time_point start = freeco::clock::now(), end = start + freeco::milliseconds(ms);
  while (freeco::clock::now() < end) {
  }
  co_await say(out.clear() << "crunched " << in_seconds{freeco::clock::now() - start}
                           << " without yielding; the urgent task ran " << (watched.wakes - wakes)
                           << " times, at most " << watched.most << " clocks late");
}

bool is(const char* line, const char* command) {
  while (*command != '\0')
    if (*line++ != *command++) return false;
  return *line == '\0' || *line == ' ';
}

freeco::task<> stats() {
  text out;
  constexpr size_t column = 13;
  co_await say(out.clear() << "uptime" << tab{column} << uptime());
  co_await say(out.clear() << "tasks" << tab{column} << executor.live_tasks()
                           << " spawned: this console running, the others waiting or ready");
  co_await say(out.clear() << "timers" << tab{column} << freeco::pending_timers() << " waiting");
  for (size_t i = 0; i < freeco::config::frame_pools::class_count; ++i) {
    const freeco::pool_stats s = freeco::frames.stats(i);
    co_await say(out.clear() << "frames " << s.slot_size << " B" << tab{column} << s.in_use << " of " << s.capacity
                             << " in use, at most " << s.high_water << ", refused " << s.failed);
  }
  co_await say(out.clear() << "stack" << tab{column} << freeco::stack::used_most() << " of "
                           << freeco::stack::size() << " bytes used at most");
  co_await say(out.clear() << "serial" << tab{column} << "received bytes dropped: " << serial.overruns()
                           << " (buffer full), " << serial.hardware_overruns() << " (hardware)");
  co_await say(out.clear() << "urgent" << tab{column} << watched.wakes << " wakes, " << watched.least << " to "
                           << watched.most << " core clocks after the handler");
}

freeco::task<> show_readings() {
  text out;
  if (logged.count == 0) {
    co_await say(out.clear() << "no readings yet");
    co_return;
  }
  co_await say(out.clear() << logged.count << " readings: min " << logged.min << ", max " << logged.max << ", mean "
                      << logged.sum / long(logged.count) << " (tenths of a degree)");
}

freeco::task<> race() {
  text out;
  const size_t timers_before = freeco::pending_timers();
  const freeco::time_point start = freeco::clock::now();
  auto first = co_await freeco::when_any(probe(300_ms, 1), probe(20_ms, 2));
  co_await say(out.clear() << "probe " << first.index + 1 << " answered first (" << first.value << ") after "
                      << in_seconds{freeco::clock::now() - start} << "; the other was cancelled");
  co_await say(out.clear() << "  timers waiting: " << timers_before << " before, " << freeco::pending_timers()
                      << " after");
}

freeco::task<> limited(long ms) {
  text out;
  const freeco::time_point start = freeco::clock::now();
  freeco::timed<int> r = co_await freeco::timeout(probe(300_ms, 42), freeco::milliseconds(ms));
  const freeco::duration took = freeco::clock::now() - start;
  if (r)
    co_await say(out.clear() << "the slow probe answered " << *r << " after " << in_seconds{took});
  else
    co_await say(out.clear() << "no answer within " << ms << " ms: the probe was cancelled after "
                        << in_seconds{took});
}

// Reads a command line into prompt.typed and echoes it as it is typed (a terminal in raw mode
// shows nothing by itself); backspace erases. Waits for each byte holding no lock, so that the
// other tasks' lines go out meanwhile (say() draws the prompt again below them). "\r\n" ends a
// line once. Returns false for a line longer than prompt.typed holds (its excess was not
// echoed).
freeco::task<bool> read_command() {
  static bool after_cr = false;
  bool fits = true;
  {
    auto lock = co_await serial_lock.lock();
    prompt.length = 0;
    prompt.shown = true;
    co_await show_prompt();
  }
  for (;;) {
    const char c = char(co_await serial.read_byte());
    if (c == '\n' && after_cr) {
      after_cr = false;
      continue;
    }
    after_cr = c == '\r';
    auto lock = co_await serial_lock.lock();
    if (c == '\r' || c == '\n') {
      prompt.shown = false;
      prompt.typed[prompt.length] = '\0';
      co_await serial.write("\r\n");
      co_return fits;
    }
    if ((c == '\b' || c == 0x7f) && prompt.length > 0) {
      --prompt.length;
      co_await serial.write("\b \b");
    } else if (c >= ' ' && c < 0x7f) {
      if (prompt.length < sizeof prompt.typed - 1) {
        prompt.typed[prompt.length++] = c;
        co_await serial.write(&c, 1);
      } else {
        fits = false;
      }
    }
  }
}

constexpr const char* help[] = {
    "help          this list",
    "stats         uptime, tasks, frame pools, stack, serial port",
    "readings      what the logger has from the sensor",
    "race          when_any of a fast and a slow probe",
    "timeout MS    the slow probe (300 ms) with a time limit (at most 60000)",
    "wait MS       let the other tasks run for a while (at most 60000)",
    "crunch MS     compute in thread mode, not yielding (at most 60000)",
    "quit          end the demo",
};

constexpr long longest_wait_ms = 60'000;

freeco::task<> console() {
  text out;
  co_await say(out.clear() << "freeco demo on " << freeco::board::name << ": type help");
  for (;;) {
    const bool fits = co_await read_command();
    const char* line = prompt.typed;
    if (!fits) {
      co_await say(out.clear() << "line too long: at most " << sizeof prompt.typed - 1 << " characters; nothing was run");
    } else if (prompt.length == 0) {
      continue;
    } else if (is(line, "help")) {
      for (const char* h : help) co_await say(out.clear() << "  " << h);
    } else if (is(line, "stats")) {
      co_await stats();
    } else if (is(line, "readings")) {
      co_await show_readings();
    } else if (is(line, "race")) {
      co_await race();
    } else if (is(line, "timeout") || is(line, "wait")) {
      const bool wait = is(line, "wait");
      const long ms = argument(line, wait ? 1000 : 100, longest_wait_ms);
      if (ms < 0) {
        co_await say(out.clear() << (wait ? "wait" : "timeout") << " takes a number of milliseconds from 0 to "
                                 << longest_wait_ms);
      } else if (wait) {
        const freeco::time_point start = freeco::clock::now();
        co_await freeco::sleep_for(freeco::milliseconds(ms));
        co_await say(out.clear() << "waited " << in_seconds{freeco::clock::now() - start});
      } else {
        co_await limited(ms);
      }
    } else if (is(line, "crunch")) {
      const long ms = argument(line, 300, longest_wait_ms);
      if (ms < 0)
        co_await say(out.clear() << "crunch takes a number of milliseconds from 0 to " << longest_wait_ms);
      else
        co_await crunch(ms);
    } else if (is(line, "quit")) {
      co_await say(out.clear() << "bye after " << uptime());
      freeco::exit(0);
    } else {
      co_await say(out.clear() << "unknown command: " << line << " (try help)");
    }
  }
}

// Spawns a task of the demo, or says which found no frame and how full the pools are.
bool start(const char* name, freeco::task<>&& task) {
  if (executor.spawn(static_cast<freeco::task<>&&>(task)) == freeco::spawn_status::spawned) return true;
  freeco::console::write("demo: no frame for the ");
  freeco::console::write(name);
  freeco::console::write(" task: enlarge its class in examples/demo/config/freeco_config.hpp\n");
  for (size_t i = 0; i < freeco::config::frame_pools::class_count; ++i) {
    const freeco::pool_stats s = freeco::frames.stats(i);
    freeco::console::write_dec(int32_t(s.slot_size));
    freeco::console::write(" bytes: ");
    freeco::console::write_dec(int32_t(s.in_use));
    freeco::console::write(" of ");
    freeco::console::write_dec(int32_t(s.capacity));
    freeco::console::write(" in use\n");
  }
  return false;
}

}  // namespace

extern "C" void TIMER0_IRQHandler() {
  hw::acknowledge(0);
  fired_at = hw::counted(1);
  hw::start(0, watch_period);
  timer_fired.signal();
}
extern "C" void SWI0_IRQHandler() { urgent.run_pending(); }  // microbit
extern "C" void I2S_IRQHandler() { urgent.run_pending(); }   // mps2-an386

int main() {
  serial.start();
  urgent.start(0x40);
  if (urgent.spawn(watch()) != freeco::spawn_status::spawned) return 1;
  start_watching();
  if (!start("heartbeat", heartbeat()) || !start("sensor", sensor()) || !start("logger", logger()) ||
      !start("console", console()))
    return 1;
  executor.run_forever();
}
