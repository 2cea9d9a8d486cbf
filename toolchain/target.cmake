# The board, CPU, compiler family and C library of this build, read from targets/targets.json
# after project() (so that CMake has found the compiler, through freeco's toolchain files or a
# user's own). Included by the top-level CMakeLists.txt.
#
# Inputs (cache variables): FREECO_BOARD (required), FREECO_LIBC (default none).
# Outputs: FREECO_ROOT, FREECO_CPU, FREECO_FAMILY (gcc or clang), FREECO_COMPILER (the table's
# name, or gcc / clang-<major>), FREECO_CPU_FLAGS (every compile and link), FREECO_DIALECT_FLAGS
# (C++ compiles), FREECO_LINKER_FLAGS, FREECO_LIBGCC, FREECO_MULTIDIR, FREECO_GCC_VERSION;
# libc.cmake adds the C library's.
include_guard(GLOBAL)

get_filename_component(FREECO_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
file(READ "${FREECO_ROOT}/targets/targets.json" _freeco_table)

# The keys of the table's object KEY... as a CMake list.
function(freeco_table_names var)
  string(JSON _all GET "${_freeco_table}" ${ARGN})
  string(JSON _n LENGTH "${_all}")
  set(_names "")
  math(EXPR _last "${_n} - 1")
  foreach(_i RANGE ${_last})
    string(JSON _name MEMBER "${_all}" ${_i})
    list(APPEND _names "${_name}")
  endforeach()
  set(${var} "${_names}" PARENT_SCOPE)
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

freeco_table_names(_boards boards)
list(JOIN _boards ", " _valid_boards)
set(FREECO_BOARD "" CACHE STRING "board: ${_valid_boards}")
if(NOT FREECO_BOARD IN_LIST _boards)
  if(FREECO_BOARD STREQUAL "")
    message(FATAL_ERROR "ERROR(freeco): no board: set FREECO_BOARD to one of: ${_valid_boards} "
                        "(-DFREECO_BOARD=..., or set(FREECO_BOARD ...) before add_subdirectory(freeco))")
  endif()
  message(FATAL_ERROR "ERROR(freeco): unknown board '${FREECO_BOARD}'; valid: ${_valid_boards}")
endif()
string(JSON FREECO_CPU GET "${_freeco_table}" boards "${FREECO_BOARD}" cpu)

if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set(FREECO_FAMILY gcc)
elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(FREECO_FAMILY clang)
else()
  message(FATAL_ERROR "ERROR(freeco): the C++ compiler ${CMAKE_CXX_COMPILER} is "
                      "${CMAKE_CXX_COMPILER_ID}; freeco builds with arm-none-eabi-g++ or clang++")
endif()
if(NOT FREECO_COMPILER)
  if(FREECO_FAMILY STREQUAL "gcc")
    set(FREECO_COMPILER gcc)
  else()
    string(REGEX MATCH "^[0-9]+" _major "${CMAKE_CXX_COMPILER_VERSION}")
    set(FREECO_COMPILER "clang-${_major}")
  endif()
endif()
freeco_json_list(FREECO_CPU_FLAGS "${_freeco_table}" cpus "${FREECO_CPU}" flags "${FREECO_FAMILY}")
freeco_json_list(_gcc_cpu_flags "${_freeco_table}" cpus "${FREECO_CPU}" flags gcc)

# Debian's clang has no Arm builtins library: all three compilers take arm-none-eabi-gcc's
# libgcc for the CPU, and the C libraries' multilib directory comes from the same query.
find_program(FREECO_ARM_GCC arm-none-eabi-gcc REQUIRED)
execute_process(COMMAND "${FREECO_ARM_GCC}" ${_gcc_cpu_flags} -print-libgcc-file-name
                OUTPUT_VARIABLE FREECO_LIBGCC OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${FREECO_ARM_GCC}" ${_gcc_cpu_flags} -print-multi-directory
                OUTPUT_VARIABLE FREECO_MULTIDIR OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${FREECO_ARM_GCC}" -dumpversion
                OUTPUT_VARIABLE FREECO_GCC_VERSION OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

# What every C++ file of a firmware must agree on, freeco's and the application's alike (the
# usage requirements of freeco::board::<board>; lit and the installed config files carry the
# same list). -ftls-model=local-exec: firmware is one static image, so a thread_local is always
# at a fixed offset from the thread pointer; without it GCC reaches one defined in another file
# through a GOT entry, which link.ld refuses. The language level is -std=c++20 here and a
# compile feature on the targets. No -ffreestanding: it would take main's meaning away (its
# implicit return 0, and under clang its C name), and freeco needs nothing else from it: the
# compilers call memcpy and friends either way (freeco_mem has them without a C library).
set(FREECO_DIALECT_FLAGS -fno-exceptions -fno-rtti -ffunction-sections -fdata-sections
                         -ftls-model=local-exec)
if(FREECO_FAMILY STREQUAL "clang")
  # GCC, newlib and picolibc use short enums on arm-none-eabi; clang must agree for the link.
  list(APPEND FREECO_DIALECT_FLAGS -fshort-enums)
  # -z norelro: lld would want the writable init arrays (in FLASH) next to .tdata (in RAM) as
  # one read-only-after-relocation range, which firmware has no use for. clang finds the
  # ld.lld of its own version.
  set(FREECO_LINKER_FLAGS -fuse-ld=lld -Wl,-z,norelro)
  # clang on Arm keeps r7 as a frame pointer even at -Os (a push and an add in every function,
  # every coroutine resume included); GCC drops it from -O1, and nothing here walks frames.
  # freeco's own code only: the application chooses for itself.
  set(FREECO_OWN_FLAGS -fomit-frame-pointer)
else()
  # link.ld gives one RWX-free layout; binutils 2.40 still warns about the RAM segment.
  set(FREECO_LINKER_FLAGS -Wl,--no-warn-rwx-segments)
  set(FREECO_OWN_FLAGS "")
endif()
