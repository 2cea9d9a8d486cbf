// The runtime's "thread mode only" calls, made from an interrupt handler, end the firmware with
// ERROR(freeco) and status 1 in a debug build (freeco/thread_mode.hpp): spawning, creating a
// task, destroying one, a mutex's try_lock, a channel's try_receive, starting the uart. (A
// semaphore's release from a handler is handed to thread mode: freeco/semaphore.hpp.)
// (Timers and the uart's reads and writes are awaited by tasks, which no handler can run:
// executor::run from a handler is refused.) With NDEBUG the
// checks are compiled out: the same spawn goes through unchecked (and unsafe, were a task
// running), and none of the messages is in the image.
// RUN: %{build} -DCASE=1 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=SPAWN
// RUN: %{build} -DCASE=2 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=CREATE
// RUN: %{build} -DCASE=3 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=DESTROY
// RUN: %{build} -DCASE=4 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=LOCK
// RUN: %{build} -DCASE=5 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=RECEIVE
// RUN: %{build} -DCASE=6 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=UART
// RUN: %{build} -DCASE=1 -DNDEBUG && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=OFF
// RUN: python3 -c "import sys; sys.exit(b'from an interrupt handler' in open(sys.argv[1], 'rb').read())" %t.elf
// SPAWN: ERROR(freeco): executor::spawn from an interrupt handler
// SPAWN: exit status: 1{{$}}
// CREATE: ERROR(freeco): a coroutine called from an interrupt handler
// CREATE: exit status: 1{{$}}
// DESTROY: ERROR(freeco): a task destroyed in an interrupt handler
// DESTROY: exit status: 1{{$}}
// LOCK: ERROR(freeco): semaphore or mutex used from an interrupt handler
// LOCK: exit status: 1{{$}}
// RECEIVE: ERROR(freeco): channel::try_receive from an interrupt handler
// RECEIVE: exit status: 1{{$}}
// UART: ERROR(freeco): uart::start from an interrupt handler
// UART: exit status: 1{{$}}
// OFF: spawned from the handler, unchecked
// OFF: exit status: 0{{$}}
#include <freeco/channel.hpp>
#include <freeco/console.hpp>
#include <freeco/mutex.hpp>
#include <freeco/semaphore.hpp>
#include <freeco/uart.hpp>
#include <soft_irq.h>

namespace {
constinit freeco::executor executor;
[[maybe_unused]] constinit freeco::semaphore permits{1};
[[maybe_unused]] constinit freeco::mutex lock;
[[maybe_unused]] constinit freeco::channel<int, 2> numbers;
[[maybe_unused]] constinit freeco::uart<16> serial;
freeco::task<> nothing() { co_return; }
freeco::task<> made_in_main;  // created in thread mode, spawned or destroyed by the handler
}  // namespace

void on_soft_irq() {
#if CASE == 1
  if (executor.spawn(static_cast<freeco::task<>&&>(made_in_main)) == freeco::spawn_status::spawned)
    freeco::console::write("spawned from the handler, unchecked\n");
#elif CASE == 2
  freeco::task<> t = nothing();
#elif CASE == 3
  freeco::task<> destroyed_here = static_cast<freeco::task<>&&>(made_in_main);
#elif CASE == 4
  (void)lock.try_lock();
#elif CASE == 5
  int value;
  (void)numbers.try_receive(value);
#else
  serial.start();
#endif
}

int main() {
  made_in_main = nothing();
  soft_irq::enable();
  soft_irq::raise();
  executor.run();
}
