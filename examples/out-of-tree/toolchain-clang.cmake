# All a toolchain file needs for freeco: the compiler, and a bare-metal system (whose
# compiler check builds a library: a firmware cannot link without a board). The board's
# usage requirements bring --target and the CPU.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_CXX_COMPILER clang++-19)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
