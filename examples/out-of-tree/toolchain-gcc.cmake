# All a toolchain file needs for freeco: the compiler, and a bare-metal system (whose
# compiler check builds a library: a firmware cannot link without a board).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
