# find_package(freeco): the installed sysroot (toolchain/install.cmake wrote it), for a project
# whose C++ compiler is arm-none-eabi-g++ or clang++ and whose toolchain file says
# CMAKE_SYSTEM_NAME Generic. Gives, for every board and C library installed for the compiler's
# family, an INTERFACE target that carries everything a firmware needs:
#
#   freeco::board::<board>            no C library      (microbit, mps2-an386)
#   freeco::board::<board>-<libc>     picolibc or newlib-nano (microbit-picolibc, ...)
#
# and freeco_firmware(<target> BOARD <board>[-<libc>]), which links it and writes .bin, .hex,
# a map file and a size report beside the ELF (firmware.cmake). COMPONENTS, if given, are board
# names that must exist. FREECO_CXX_HEADERS=toolchain (set before find_package) gives firmware
# arm-none-eabi libstdc++'s headers instead of freeco's std headers.
# Every path is relative to this file: the installed tree may be moved.
get_filename_component(_freeco_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(freeco_PREFIX "${_freeco_prefix}")

if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set(_freeco_family gcc)
elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(_freeco_family clang)
else()
  set(freeco_FOUND FALSE)
  set(freeco_NOT_FOUND_MESSAGE "ERROR(freeco): the project's C++ compiler is '${CMAKE_CXX_COMPILER_ID}' "
      "(${CMAKE_CXX_COMPILER}); freeco is installed for arm-none-eabi-g++ and clang++: enable CXX "
      "with one of them (project(... LANGUAGES CXX) after a toolchain file that names it)")
  return()
endif()
if(NOT DEFINED FREECO_CXX_HEADERS)
  set(FREECO_CXX_HEADERS freeco)
endif()
if(NOT FREECO_CXX_HEADERS MATCHES "^(freeco|toolchain)$")
  set(freeco_FOUND FALSE)
  set(freeco_NOT_FOUND_MESSAGE "ERROR(freeco): unknown FREECO_CXX_HEADERS '${FREECO_CXX_HEADERS}'; valid: freeco, toolchain")
  return()
endif()

# freeco_add_board(<name> BOARD <board> FAMILY <family> CPU_FLAGS ... DIALECT_FLAGS ...
#   LINKER_FLAGS ... LIBC_COMPILE_FLAGS ... LINK_SEQUENCE ... OBJECTS <back end>=<path> ...
#   TOOLCHAIN_STD_INCLUDES ...): called by each variants/<name>-<family>.cmake. Relative paths
#   are relative to the board's directory.
function(freeco_add_board name)
  cmake_parse_arguments(PARSE_ARGV 1 _b "" "BOARD;FAMILY"
    "CPU_FLAGS;DIALECT_FLAGS;LINKER_FLAGS;LIBC_COMPILE_FLAGS;LINK_SEQUENCE;OBJECTS;TOOLCHAIN_STD_INCLUDES")
  if(TARGET "freeco::board::${name}")
    return()
  endif()
  set(_lib "${_freeco_prefix}/lib/freeco")
  set(_t "freeco::board::${name}")
  add_library("${_t}" INTERFACE IMPORTED)
  set(_includes "${_freeco_prefix}/include" "${_lib}/${_b_BOARD}/include")
  set(_compile ${_b_CPU_FLAGS} "$<$<COMPILE_LANGUAGE:CXX>:${_b_DIALECT_FLAGS}>" ${_b_LIBC_COMPILE_FLAGS})
  if(FREECO_CXX_HEADERS STREQUAL "freeco")
    list(PREPEND _includes "${_freeco_prefix}/include/c++/freeco")
    list(APPEND _compile "$<$<COMPILE_LANGUAGE:CXX>:-nostdinc++>")
  else()
    list(APPEND _includes ${_b_TOOLCHAIN_STD_INCLUDES})
  endif()
  list(TRANSFORM _b_LINK_SEQUENCE PREPEND "${_lib}/${_b_BOARD}/" REGEX "^[^-/]")
  set_target_properties("${_t}" PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_includes}"
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_includes}"
    INTERFACE_COMPILE_OPTIONS "${_compile}"
    INTERFACE_COMPILE_FEATURES cxx_std_20
    INTERFACE_LINK_OPTIONS "${_b_CPU_FLAGS};${_b_LINKER_FLAGS};-L${_lib}/${_b_BOARD};-L${_lib};-Tlink.ld;-Wl,--gc-sections;-Wl,-Map=$<TARGET_FILE:$<TARGET_PROPERTY:NAME>>.map"
    INTERFACE_LINK_LIBRARIES "${_b_LINK_SEQUENCE}"
    INTERFACE_LINK_DEPENDS "${_lib}/link.ld;${_lib}/${_b_BOARD}/memory.ld")
  # The back ends freeco_firmware(... CONSOLE ... EXIT ...) may add to a firmware.
  foreach(_object ${_b_OBJECTS})
    string(REGEX MATCH "^([^=]+)=(.*)$" _ "${_object}")
    set_property(TARGET "${_t}" PROPERTY FREECO_OBJECT_${CMAKE_MATCH_1} "${_lib}/${_b_BOARD}/${CMAKE_MATCH_2}")
  endforeach()
  set_property(GLOBAL APPEND PROPERTY FREECO_BOARDS "${name}")
endfunction()

file(GLOB _freeco_variants "${CMAKE_CURRENT_LIST_DIR}/variants/*-${_freeco_family}.cmake")
foreach(_freeco_variant ${_freeco_variants})
  include("${_freeco_variant}")
endforeach()
get_property(_freeco_boards GLOBAL PROPERTY FREECO_BOARDS)
if(NOT _freeco_boards)
  set(freeco_FOUND FALSE)
  set(freeco_NOT_FOUND_MESSAGE "ERROR(freeco): ${_freeco_prefix} holds no board for ${_freeco_family}: "
      "install one (./x install --prefix ${_freeco_prefix}, or cmake --install of a ${_freeco_family} build)")
  return()
endif()
list(JOIN _freeco_boards ", " _freeco_valid)
foreach(_freeco_component ${freeco_FIND_COMPONENTS})
  if(NOT _freeco_component IN_LIST _freeco_boards)
    set(freeco_FOUND FALSE)
    set(freeco_NOT_FOUND_MESSAGE "ERROR(freeco): unknown board '${_freeco_component}'; valid: ${_freeco_valid}")
    return()
  endif()
endforeach()

# A project that names no build type would compile its firmware without optimisation (CMake's
# default), where the frame-size check is left to run time (freeco/frame_pool.hpp) and the
# code is 2.4 times larger (examples/out-of-tree): MinSizeRel then, as freeco's own build
# defaults to. A build type given (or a multi-config generator) is left alone.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE MinSizeRel CACHE STRING "firmware is built for size unless told otherwise" FORCE)
  message(STATUS "freeco: no CMAKE_BUILD_TYPE given: building MinSizeRel (-Os); pass -DCMAKE_BUILD_TYPE=... for another")
endif()

set(FREECO_RUN "${_freeco_prefix}/bin/freeco-run")
include("${CMAKE_CURRENT_LIST_DIR}/firmware.cmake")
