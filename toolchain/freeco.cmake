# The freeco toolchain file. gcc.cmake, clang-14.cmake and clang-19.cmake set FREECO_COMPILER
# and include this; everything about a CPU or board comes from targets/targets.json.
#
# Inputs (cache variables): FREECO_COMPILER, FREECO_BOARD, optionally CMAKE_CXX_COMPILER to
# point the build at another compiler of the same family (a compiler under test).
# Outputs: the cross compiler, FREECO_CPU_FLAGS, FREECO_LIBGCC, FREECO_MULTIDIR, FREECO_FAMILY.
include_guard(GLOBAL)

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
# Firmware cannot link without our startup code and script: probe by building a library.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_TRY_COMPILE_PLATFORM_VARIABLES FREECO_COMPILER FREECO_BOARD)

get_filename_component(FREECO_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
file(READ "${FREECO_ROOT}/targets/targets.json" _freeco_table)

# Reads KEY... of the table into VAR; a missing key is a user error that lists the valid names.
function(freeco_table_choice var what value)
  string(JSON _all GET "${_freeco_table}" ${ARGN})
  string(JSON _n LENGTH "${_all}")
  set(_names "")
  math(EXPR _last "${_n} - 1")
  foreach(_i RANGE ${_last})
    string(JSON _name MEMBER "${_all}" ${_i})
    list(APPEND _names "${_name}")
  endforeach()
  if(NOT value IN_LIST _names)
    list(JOIN _names ", " _valid)
    message(FATAL_ERROR "ERROR(freeco): unknown ${what} '${value}'; valid: ${_valid}")
  endif()
  string(JSON _entry GET "${_all}" "${value}")
  set(${var} "${_entry}" PARENT_SCOPE)
endfunction()

function(freeco_json_list var json)
  string(JSON _n LENGTH "${json}" ${ARGN})
  set(_out "")
  if(_n GREATER 0)
    math(EXPR _last "${_n} - 1")
    foreach(_i RANGE ${_last})
      string(JSON _item GET "${json}" ${ARGN} ${_i})
      list(APPEND _out "${_item}")
    endforeach()
  endif()
  set(${var} "${_out}" PARENT_SCOPE)
endfunction()

set(FREECO_COMPILER "gcc" CACHE STRING "compiler: gcc, clang-14 or clang-19")
set(FREECO_BOARD "mps2-an386" CACHE STRING "board: mps2-an386 or microbit")
freeco_table_choice(_compiler compiler "${FREECO_COMPILER}" compilers)
freeco_table_choice(_board board "${FREECO_BOARD}" boards)
string(JSON FREECO_CPU GET "${_board}" cpu)
string(JSON _cpu GET "${_freeco_table}" cpus "${FREECO_CPU}")
string(JSON FREECO_FAMILY GET "${_compiler}" family)
freeco_json_list(FREECO_CPU_FLAGS "${_cpu}" flags "${FREECO_FAMILY}")
freeco_json_list(_gcc_cpu_flags "${_cpu}" flags gcc)

if(NOT CMAKE_CXX_COMPILER)
  string(JSON _cxx GET "${_compiler}" cxx)
  find_program(CMAKE_CXX_COMPILER "${_cxx}" REQUIRED)
endif()

# Debian's clang has no Arm builtins library: all three compilers take arm-none-eabi-gcc's
# libgcc for the CPU, and the C libraries' multilib directory comes from the same query.
find_program(FREECO_ARM_GCC arm-none-eabi-gcc REQUIRED)
execute_process(COMMAND "${FREECO_ARM_GCC}" ${_gcc_cpu_flags} -print-libgcc-file-name
                OUTPUT_VARIABLE FREECO_LIBGCC OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${FREECO_ARM_GCC}" ${_gcc_cpu_flags} -print-multi-directory
                OUTPUT_VARIABLE FREECO_MULTIDIR OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${FREECO_ARM_GCC}" -dumpversion
                OUTPUT_VARIABLE FREECO_GCC_VERSION OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

# -ftls-model=local-exec: firmware is one static image, so a thread_local is always at a fixed
# offset from the thread pointer; without it GCC reaches one defined in another file through a
# GOT entry, which link.ld refuses.
set(_common -std=c++20 -ffreestanding -fno-exceptions -fno-rtti -nostdinc++
            -ffunction-sections -fdata-sections -ftls-model=local-exec)
if(FREECO_FAMILY STREQUAL "clang")
  # GCC, newlib and picolibc use short enums on arm-none-eabi; clang must agree for the link.
  # clang on Arm keeps r7 as a frame pointer even at -Os (a push and an add in every function,
  # every coroutine resume included); GCC drops it from -O1, and nothing here walks frames.
  list(APPEND _common -fshort-enums -fomit-frame-pointer)
  string(JSON _ld GET "${_compiler}" ld)
  find_program(FREECO_LLD "${_ld}" REQUIRED)
  # -z norelro: lld would want the writable init arrays (in FLASH) next to .tdata (in RAM) as
  # one read-only-after-relocation range, which firmware has no use for.
  set(FREECO_LINKER_FLAGS -fuse-ld=lld "--ld-path=${FREECO_LLD}" -Wl,-z,norelro)
else()
  # Our script gives one RWX-free layout; binutils 2.40 still warns about the RAM segment.
  set(FREECO_LINKER_FLAGS -Wl,--no-warn-rwx-segments)
endif()
set(FREECO_COMPILE_FLAGS ${FREECO_CPU_FLAGS} ${_common})

# The CPU flags go to every compile and link; the C++ dialect flags only to compiles
# (CMakeLists.txt adds them), where clang would otherwise warn that they are unused.
list(JOIN FREECO_CPU_FLAGS " " _cpu_flags)
set(CMAKE_CXX_FLAGS_INIT "${_cpu_flags}")
set(FREECO_DIALECT_FLAGS ${_common})

# CTest runs firmware through the QEMU runner; CMake appends the ELF.
set(CMAKE_CROSSCOMPILING_EMULATOR "${FREECO_ROOT}/toolchain/qemu-run;--board;${FREECO_BOARD}")
