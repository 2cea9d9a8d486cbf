# cmake --install (./x install): this build's variant of the sysroot, added to whatever the
# prefix already holds. ./x install builds and installs every board x compiler family x C library.
#
#   bin/freeco-run                             the QEMU runner (toolchain/qemu-run)
#   share/freeco/targets.json                  the target table the runner reads
#   include/freeco/                            runtime, platform and driver headers
#   include/c++/freeco/                        freeco's std headers (<coroutine>, ...)
#   lib/freeco/link.ld                         the linker script
#   lib/freeco/<board>/memory.ld               the board's memory
#   lib/freeco/<board>/include/freeco/target/  the board's and its CPU's headers
#   lib/freeco/<board>/<family>-<libc>/        libraries and opt-in objects, per compiler family
#   lib/freeco/<board>[-<libc>].cfg            clang config file (clang 14 and 19)
#   lib/freeco/<board>[-<libc>].specs          arm-none-eabi-g++ specs
#   lib/cmake/freeco/                          find_package(freeco)
#
# Everything but the GCC specs refers to the tree relative to itself; the specs hold the
# prefix they were installed to (GCC gives a specs file no way to know where it is).
set(_share share/freeco)
set(_lib lib/freeco)
set(_board_dir "${_lib}/${FREECO_BOARD}")
set(_variant "${FREECO_FAMILY}-${FREECO_LIBC}")
set(_variant_dir "${_board_dir}/${_variant}")
set(_name "${FREECO_BOARD}")          # the board's name in the sysroot: microbit, microbit-picolibc
if(NOT FREECO_LIBC STREQUAL "none")
  string(APPEND _name "-${FREECO_LIBC}")
endif()

install(PROGRAMS "${FREECO_ROOT}/toolchain/qemu-run" DESTINATION bin RENAME freeco-run)
install(FILES "${FREECO_ROOT}/targets/targets.json" DESTINATION "${_share}")
foreach(_root libcore/include platform/include drivers/include)
  install(DIRECTORY "${FREECO_ROOT}/${_root}/" DESTINATION include)
endforeach()
install(DIRECTORY "${FREECO_ROOT}/libcore/std/" DESTINATION include/c++/freeco)
install(FILES "${FREECO_ROOT}/targets/link.ld" DESTINATION "${_lib}")
install(FILES "${FREECO_ROOT}/targets/${FREECO_BOARD}/memory.ld" DESTINATION "${_board_dir}")
foreach(_dir ${FREECO_TARGET_INCLUDE_DIRS})
  install(DIRECTORY "${_dir}/" DESTINATION "${_board_dir}/include")
endforeach()

# The libraries, in link order as FREECO_LINK_SEQUENCE has them; libfreeco.a (GCC) names the
# first of them: freeco's layers and freeco_mem.
set(_archive_targets "")
foreach(_item ${FREECO_LINK_SEQUENCE})
  if(TARGET ${_item})
    list(APPEND _archive_targets ${_item})
  endif()
endforeach()
install(TARGETS ${_archive_targets} ARCHIVE DESTINATION "${_variant_dir}")
set(_objects atexit_run ${FREECO_BACKENDS})
if(TARGET freeco_heap_malloc)
  list(APPEND _objects heap_malloc)
endif()
foreach(_object ${_objects})
  install(FILES "$<TARGET_OBJECTS:freeco_${_object}>" DESTINATION "${_variant_dir}" RENAME ${_object}.o)
endforeach()
set(_layers ${FREECO_LIBRARIES})
if(FREECO_LIBC STREQUAL "none")
  list(APPEND _layers freeco_mem)
endif()
list(TRANSFORM _layers PREPEND "-l" OUTPUT_VARIABLE _l_layers)
# The sequence as a link line for a driver (-l names, libgcc from its directory) and, for the
# CMake package, as archives relative to the board's directory.
set(_l_sequence "")
set(_package_sequence "")
get_filename_component(_libgcc_dir "${FREECO_LIBGCC}" DIRECTORY)
foreach(_item ${FREECO_LINK_SEQUENCE})
  if(TARGET ${_item})
    list(APPEND _l_sequence "-l${_item}")
    list(APPEND _package_sequence "${_variant}/lib${_item}.a")
  elseif(_item STREQUAL FREECO_LIBGCC)
    list(APPEND _l_sequence "-L${_libgcc_dir}" -lgcc)
    list(APPEND _package_sequence "${_item}")
  else()
    list(APPEND _l_sequence "${_item}")
    list(APPEND _package_sequence "${_item}")
  endif()
endforeach()
# GCC's specs: its driver puts -lstdc++ (libfreeco.a: the layers) after the program's objects,
# and *lib after that; -nostdlib, -L and libgcc are the specs' own business.
set(_lib_tail "")
foreach(_item ${_l_sequence})
  if(NOT _item IN_LIST _l_layers AND NOT _item MATCHES "^(-nostdlib|-L.*|-lgcc)$")
    string(REGEX REPLACE "^-Wl," "" _item "${_item}")  # *lib goes to the linker as it is
    list(APPEND _lib_tail "${_item}")
  endif()
endforeach()
set(_dialect -std=c++20 ${FREECO_DIALECT_FLAGS})

# --- clang: <board>[-<libc>].cfg, every path relative to the file (<CFGDIR>) ---------------------
if(FREECO_FAMILY STREQUAL "clang")
  set(_cfg_lines
    "# freeco for ${FREECO_BOARD} (${FREECO_CPU}), C library: ${FREECO_LIBC}. clang 14 or later:"
    "#   clang++-19 --config <this file> app.cpp -o app.elf"
    "# Written by freeco's install (toolchain/install.cmake)."
    ${FREECO_CPU_FLAGS} ${_dialect}
    -nostdinc++
    "-isystem <CFGDIR>/../../include/c++/freeco"
    "-isystem <CFGDIR>/../../include"
    "-isystem <CFGDIR>/${FREECO_BOARD}/include")
  foreach(_flag ${FREECO_LIBC_COMPILE_FLAGS})
    string(REGEX REPLACE "^-isystem" "-isystem " _flag "${_flag}")
    list(APPEND _cfg_lines "${_flag}")
  endforeach()
  list(APPEND _cfg_lines
    "# The link options below are unused by a compile (-c): no warning for that."
    -Wno-unused-command-line-argument
    ${FREECO_LINKER_FLAGS}
    "-L<CFGDIR>/${FREECO_BOARD}/${_variant}" "-L<CFGDIR>/${FREECO_BOARD}" "-L<CFGDIR>"
    -Tlink.ld -Wl,--gc-sections
    ${_l_sequence})
  list(JOIN _cfg_lines "\n" _cfg)
  file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/sysroot/${_name}.cfg" CONTENT "${_cfg}\n")
  install(FILES "${CMAKE_BINARY_DIR}/sysroot/${_name}.cfg" DESTINATION "${_lib}")
endif()

# --- GCC: <board>[-<libc>].specs, written at install time with the prefix in it ------------------
if(FREECO_FAMILY STREQUAL "gcc")
  # -lstdc++, which g++ adds after the program's objects, is where freeco's libraries belong in
  # a GNU ld link (archives are searched in order): libstdc++.a in the variant directory is a
  # linker script that names libfreeco.a, itself a script naming the libraries in order.
  list(JOIN _l_layers " " _inputs)
  file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/sysroot/libfreeco.a" CONTENT
    "/* freeco's libraries in link order (each before those it uses). */\nINPUT(${_inputs})\n")
  file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/sysroot/libstdc++.a" CONTENT
    "/* With freeco's specs, freeco takes libstdc++'s place: the C++ runtime support of this\n   sysroot is freeco's ABI library (no exceptions, no RTTI, no heap unless asked for). */\nINPUT(-lfreeco)\n")
  install(FILES "${CMAKE_BINARY_DIR}/sysroot/libfreeco.a" "${CMAKE_BINARY_DIR}/sysroot/libstdc++.a"
          DESTINATION "${_variant_dir}")
  # GCC picks the multilib and the -march it tells cc1 and the assembler before it reads a
  # specs file's self_spec: the specs drop those defaults and give what the driver derives for
  # the CPU flags (-mlibarch, -march), so that the compile is for this CPU.
  execute_process(COMMAND "${CMAKE_CXX_COMPILER}" ${FREECO_CPU_FLAGS} -x c -c /dev/null -o /dev/null "-###"
                  ERROR_VARIABLE _driver COMMAND_ERROR_IS_FATAL ANY)
  string(REGEX MATCHALL "\"-m(libarch|arch)=[^\"]*\"" _canonical "${_driver}")
  string(REPLACE "\"" "" _canonical "${_canonical}")
  list(REMOVE_DUPLICATES _canonical)
  list(JOIN _canonical " " _canonical)
  list(JOIN FREECO_CPU_FLAGS " " _cpu)
  set(_cpu "%<mcpu=* %<march=* %<mlibarch=* %<marm %<mthumb %<mfloat-abi=* %<mfpu=* ${_cpu} ${_canonical}")
  set(_libc_cpp "")
  foreach(_flag ${FREECO_LIBC_COMPILE_FLAGS})
    string(REGEX REPLACE "^-isystem" "-isystem " _flag "${_flag}")
    string(APPEND _libc_cpp " ${_flag}")
  endforeach()
  # The multilib directories too, for the same reason: -lgcc and the C library from them.
  set(_libc_link " -L${_libgcc_dir}")
  foreach(_item ${FREECO_LIBC_LINK_FLAGS})
    if(_item MATCHES "^-L")
      string(APPEND _libc_link " ${_item}")
    endif()
  endforeach()
  list(JOIN _lib_tail " " _lib_tail_text)
  list(JOIN FREECO_DIALECT_FLAGS " " _dialect_text)
  string(REPLACE "-fno-exceptions" "%{!fexceptions:-fno-exceptions}" _dialect_text "${_dialect_text}")
  string(REPLACE "-fno-rtti" "%{!frtti:-fno-rtti}" _dialect_text "${_dialect_text}")
  string(REPLACE "-ftls-model=local-exec" "%{!ftls-model=*:-ftls-model=local-exec}" _dialect_text "${_dialect_text}")
  string(REPLACE ";" " " _linker "${FREECO_LINKER_FLAGS}")
  string(REPLACE "-Wl," "" _linker "${_linker}")
  install(CODE "
    # GCC reads a backslash as 'the next character is ordinary': so a space in the prefix survives.
    string(REPLACE \" \" \"\\\\ \" _p \"\${CMAKE_INSTALL_PREFIX}\")
    set(_specs \"# freeco for ${FREECO_BOARD} (${FREECO_CPU}), C library: ${FREECO_LIBC}. arm-none-eabi-g++ 12:
#   arm-none-eabi-g++ -specs=<this file> app.cpp -o app.elf
# Written by freeco's install for the prefix \${CMAKE_INSTALL_PREFIX}: GCC cannot tell a specs
# file where it is, so a moved tree needs these paths rewritten (README.md says how).
%rename cpp freeco_cpp
%rename cc1plus freeco_cc1plus
%rename link freeco_link

*self_spec:
+ ${_cpu} %{!T*:-Tlink.ld}

*cpp:
%(freeco_cpp)${_libc_cpp}

*cc1plus:
%(freeco_cc1plus) %{!std=*:-std=c++20} ${_dialect_text} -nostdinc++ -isystem \${_p}/include/c++/freeco -isystem \${_p}/include -isystem \${_p}/${_board_dir}/include

*link:
%(freeco_link) -L\${_p}/${_variant_dir} -L\${_p}/${_board_dir} -L\${_p}/${_lib}${_libc_link} --gc-sections ${_linker}

*startfile:


*endfile:


*lib:
-lfreeco ${_lib_tail_text}
\")
    file(WRITE \"\${CMAKE_INSTALL_PREFIX}/${_lib}/${_name}.specs\" \"\${_specs}\")
    message(STATUS \"Installing: \${CMAKE_INSTALL_PREFIX}/${_lib}/${_name}.specs\")
  ")
endif()

# --- CMake: find_package(freeco) -----------------------------------------------------------------
# One file per variant, read by freeco-config.cmake for the compiler family of the project that
# finds it; paths relative to the package directory.
set(_v "")
string(APPEND _v "# freeco::board::${_name} for ${FREECO_FAMILY} (written by freeco's install).\n")
string(APPEND _v "freeco_add_board(\"${_name}\" BOARD \"${FREECO_BOARD}\" FAMILY \"${FREECO_FAMILY}\"\n")
foreach(_key CPU_FLAGS DIALECT_FLAGS LINKER_FLAGS LIBC_COMPILE_FLAGS)
  string(APPEND _v "  ${_key}")
  foreach(_value ${FREECO_${_key}})
    string(APPEND _v " \"${_value}\"")
  endforeach()
  string(APPEND _v "\n")
endforeach()
string(APPEND _v "  LINK_SEQUENCE")
foreach(_item ${_package_sequence})
  string(APPEND _v " \"${_item}\"")
endforeach()
string(APPEND _v "\n  OBJECTS")
foreach(_object ${FREECO_BACKENDS})
  string(APPEND _v " \"${_object}=${_variant}/${_object}.o\"")
endforeach()
string(APPEND _v "\n  TOOLCHAIN_STD_INCLUDES")
if(FREECO_FAMILY STREQUAL "clang")
  string(APPEND _v " \"/usr/include/newlib/c++/${FREECO_GCC_VERSION}\" \"/usr/include/newlib/c++/${FREECO_GCC_VERSION}/arm-none-eabi/${FREECO_MULTIDIR}\"")
endif()
string(APPEND _v ")\n")
file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/sysroot/variants/${_name}-${FREECO_FAMILY}.cmake" CONTENT "${_v}")
install(FILES "${CMAKE_BINARY_DIR}/sysroot/variants/${_name}-${FREECO_FAMILY}.cmake"
        DESTINATION lib/cmake/freeco/variants)
include(CMakePackageConfigHelpers)
write_basic_package_version_file("${CMAKE_BINARY_DIR}/sysroot/freeco-config-version.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES "${FREECO_ROOT}/toolchain/freeco-config.cmake" "${FREECO_ROOT}/toolchain/firmware.cmake"
              "${CMAKE_BINARY_DIR}/sysroot/freeco-config-version.cmake"
        DESTINATION lib/cmake/freeco)
