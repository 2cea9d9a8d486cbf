# freeco_firmware(<target> [BOARD <name>] [CONSOLE semihosting|uart|none]
#                 [EXIT semihosting|reset|halt]): makes an executable a firmware image for the
# board (default: FREECO_BOARD, the board of a freeco build tree) with the console and exit back
# ends chosen (default semihosting, freeco/console.hpp and freeco/exit.hpp; "custom" when the
# firmware defines its own): links freeco::board::<name>, names it
# <target>.elf, writes <target>.elf.map, <target>.bin and <target>.hex beside it and prints its
# size after every link, and runs it under the QEMU runner (the serial port on stdout beside
# semihosting) when CTest asks for its CROSSCOMPILING_EMULATOR.
# Included by freeco's own build and by the installed package (freeco-config.cmake), which
# set FREECO_RUN to the runner before including it.
include_guard(GLOBAL)

find_program(FREECO_OBJCOPY arm-none-eabi-objcopy REQUIRED)
find_program(FREECO_SIZE arm-none-eabi-size REQUIRED)

function(freeco_firmware target)
  cmake_parse_arguments(PARSE_ARGV 1 _fw "" "BOARD;CONSOLE;EXIT" "")
  if(_fw_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ERROR(freeco): freeco_firmware(${target}) does not know ${_fw_UNPARSED_ARGUMENTS}; "
                        "it takes a target and optionally BOARD <name>, CONSOLE <back end>, EXIT <back end>")
  endif()
  get_property(_boards GLOBAL PROPERTY FREECO_BOARDS)
  list(JOIN _boards ", " _valid)
  if(NOT _fw_BOARD)
    if(NOT FREECO_BOARD)
      message(FATAL_ERROR "ERROR(freeco): freeco_firmware(${target}) needs BOARD <name>; valid: ${_valid}")
    endif()
    set(_fw_BOARD "${FREECO_BOARD}")
  endif()
  if(NOT _fw_BOARD IN_LIST _boards)
    message(FATAL_ERROR "ERROR(freeco): freeco_firmware(${target}): unknown board '${_fw_BOARD}'; valid: ${_valid}")
  endif()
  target_link_libraries(${target} PRIVATE "freeco::board::${_fw_BOARD}")
  # A back end other than the default is an object among the firmware's own, so that its
  # definitions come before the defaults' archive.
  foreach(_kind CONSOLE EXIT)
    string(TOLOWER "${_kind}" _prefix)
    set(_choice "${_fw_${_kind}}")
    if(_kind STREQUAL "CONSOLE")
      set(_valid_backends semihosting uart none custom)
    else()
      set(_valid_backends semihosting reset halt custom)
    endif()
    if(_choice AND NOT _choice IN_LIST _valid_backends)
      list(JOIN _valid_backends ", " _valid)
      message(FATAL_ERROR "ERROR(freeco): freeco_firmware(${target}): unknown ${_kind} '${_choice}'; valid: ${_valid}")
    endif()
    if(_choice AND NOT _choice MATCHES "^(semihosting|custom)$")
      get_target_property(_object "freeco::board::${_fw_BOARD}" FREECO_OBJECT_${_prefix}_${_choice})
      target_sources(${target} PRIVATE "${_object}")
    endif()
  endforeach()
  string(REGEX REPLACE "-(picolibc|newlib-nano)$" "" _board "${_fw_BOARD}")
  set_target_properties(${target} PROPERTIES SUFFIX ".elf"
    CROSSCOMPILING_EMULATOR "${FREECO_RUN};--board;${_board};--serial;stdio")
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND "${FREECO_OBJCOPY}" -O binary "$<TARGET_FILE:${target}>" "$<TARGET_FILE_DIR:${target}>/${target}.bin"
    COMMAND "${FREECO_OBJCOPY}" -O ihex "$<TARGET_FILE:${target}>" "$<TARGET_FILE_DIR:${target}>/${target}.hex"
    COMMAND "${FREECO_SIZE}" "$<TARGET_FILE:${target}>"
    VERBATIM)
endfunction()
