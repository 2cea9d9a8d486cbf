# What freeco's own toolchain files (gcc.cmake, clang-14.cmake, clang-19.cmake) have in common:
# a bare-metal Arm system and the compiler named FREECO_COMPILER in targets/targets.json.
# Nothing here is about a board: target.cmake, read by the project, derives everything else
# from the compiler CMake found, so that a user's own toolchain file works as well as these.
include_guard(GLOBAL)

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
# Firmware cannot link without freeco's startup code and script: probe by building a library.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

if(NOT CMAKE_CXX_COMPILER)
  file(READ "${CMAKE_CURRENT_LIST_DIR}/../targets/targets.json" _freeco_table)
  string(JSON _freeco_cxx ERROR_VARIABLE _freeco_error GET "${_freeco_table}" compilers "${FREECO_COMPILER}" cxx)
  if(_freeco_error)
    message(FATAL_ERROR "ERROR(freeco): unknown compiler '${FREECO_COMPILER}' in targets/targets.json")
  endif()
  find_program(CMAKE_CXX_COMPILER "${_freeco_cxx}" REQUIRED)
endif()
