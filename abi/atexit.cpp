// Destructors of statics: the policy.
//
// Firmware has no "after main": by default the destructors of statics never run. The
// compilers register each static that has a destructor when it is constructed
// (__aeabi_atexit from GCC, __cxa_atexit from clang, both with &__dso_handle); here both
// return 0 (success) and record nothing, so there is no table and no RAM per object. The
// destructor's code is still linked (its address is passed); a trivially destructible type
// avoids even that. A thread_local with a destructor is registered with __cxa_thread_atexit
// (both compilers) when it is constructed; the one thread, main's, never ends, so the same holds.
//
// Test builds that want the C++ behaviour link freeco::atexit_run (atexit_run.cpp; CMake:
// target_link_libraries(fw PRIVATE freeco::atexit_run), lit: ADDITIONAL_LINK_FLAGS:
// %{atexit_run}). It is an object library, so it is always linked and its strong definitions
// replace these weak ones whatever the link order; it records up to 32 destructors, and
// startup (reset.cpp) runs them newest first after main returns.
extern "C" {

[[gnu::weak]] int __aeabi_atexit(void*, void (*)(void*), void*) { return 0; }
[[gnu::weak]] int __cxa_atexit(void (*)(void*), void*, void*) { return 0; }
[[gnu::weak]] int __cxa_thread_atexit(void (*)(void*), void*, void*) { return 0; }

// Only its address is used, to say "the main program" (there are no shared objects).
[[gnu::weak]] extern const char __dso_handle = 0;

}  // extern "C"
