# freeco_firmware(<target> [BOARD <name>]): makes an executable a firmware image for the board
# (default: FREECO_BOARD, the board of a freeco build tree): links freeco::board::<name>, names it
# <target>.elf, writes <target>.elf.map, <target>.bin and <target>.hex beside it and prints its
# size after every link, and runs it under the QEMU runner when CTest or
# `cmake -E env ... $<TARGET_FILE>` asks for its CROSSCOMPILING_EMULATOR.
# Included by freeco's own build and by the installed package (freeco-config.cmake), which
# set FREECO_RUN to the runner before including it.
include_guard(GLOBAL)

find_program(FREECO_OBJCOPY arm-none-eabi-objcopy REQUIRED)
find_program(FREECO_SIZE arm-none-eabi-size REQUIRED)

function(freeco_firmware target)
  cmake_parse_arguments(PARSE_ARGV 1 _fw "" "BOARD" "")
  if(_fw_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ERROR(freeco): freeco_firmware(${target}) does not know ${_fw_UNPARSED_ARGUMENTS}; "
                        "it takes a target and optionally BOARD <name>")
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
  string(REGEX REPLACE "-(picolibc|newlib-nano)$" "" _board "${_fw_BOARD}")
  set_target_properties(${target} PROPERTIES SUFFIX ".elf"
    CROSSCOMPILING_EMULATOR "${FREECO_RUN};--board;${_board}")
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND "${FREECO_OBJCOPY}" -O binary "$<TARGET_FILE:${target}>" "$<TARGET_FILE_DIR:${target}>/${target}.bin"
    COMMAND "${FREECO_OBJCOPY}" -O ihex "$<TARGET_FILE:${target}>" "$<TARGET_FILE_DIR:${target}>/${target}.hex"
    COMMAND "${FREECO_SIZE}" "$<TARGET_FILE:${target}>"
    VERBATIM)
endfunction()
