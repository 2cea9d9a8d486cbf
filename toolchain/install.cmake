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

# The libraries in link order (FREECO_LIBRARIES), as the linker meets them.
set(_libraries ${FREECO_LIBRARIES})
if(FREECO_LIBC STREQUAL "none")
  list(APPEND _libraries freeco_mem)
endif()
install(TARGETS ${_libraries} ARCHIVE DESTINATION "${_variant_dir}")
install(FILES "$<TARGET_OBJECTS:freeco_atexit_run>" DESTINATION "${_variant_dir}" RENAME atexit_run.o)
if(TARGET freeco_heap_malloc)
  install(FILES "$<TARGET_OBJECTS:freeco_heap_malloc>" DESTINATION "${_variant_dir}" RENAME heap_malloc.o)
endif()
list(TRANSFORM _libraries PREPEND "-l" OUTPUT_VARIABLE _l_libraries)
list(TRANSFORM _libraries PREPEND "lib" OUTPUT_VARIABLE _archives)
list(TRANSFORM _archives APPEND ".a")

# What the C library adds to a compile and a link, for the config files, which name it by
# its system paths (outside the sysroot, like the compiler itself).
set(_picolibc /usr/lib/picolibc/arm-none-eabi)
set(_libc_lib_dirs "")
if(FREECO_LIBC STREQUAL "picolibc")
  set(_libc_lib_dirs "${_picolibc}/lib/${FREECO_MULTIDIR}")
  set(_libc_libs -lc)
elseif(FREECO_LIBC STREQUAL "newlib-nano")
  set(_libc_lib_dirs "/usr/lib/arm-none-eabi/newlib/${FREECO_MULTIDIR}")
  set(_libc_libs -lc_nano -lnosys)
else()
  set(_libc_libs "")
endif()
get_filename_component(_libgcc_dir "${FREECO_LIBGCC}" DIRECTORY)
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
    ${FREECO_LINKER_FLAGS} -nostdlib
    "-L<CFGDIR>/${FREECO_BOARD}/${_variant}" "-L<CFGDIR>/${FREECO_BOARD}" "-L<CFGDIR>"
    -Tlink.ld -Wl,--gc-sections
    ${_l_libraries})
  foreach(_dir ${_libc_lib_dirs})
    list(APPEND _cfg_lines "-L${_dir}")
  endforeach()
  list(APPEND _cfg_lines ${_libc_libs} "-L${_libgcc_dir}" -lgcc)
  list(JOIN _cfg_lines "\n" _cfg)
  file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/sysroot/${_name}.cfg" CONTENT "${_cfg}\n")
  install(FILES "${CMAKE_BINARY_DIR}/sysroot/${_name}.cfg" DESTINATION "${_lib}")
endif()

# --- GCC: <board>[-<libc>].specs, written at install time with the prefix in it ------------------
if(FREECO_FAMILY STREQUAL "gcc")
  # -lstdc++, which g++ adds after the program's objects, is where freeco's libraries belong in
  # a GNU ld link (archives are searched in order): libstdc++.a in the variant directory is a
  # linker script that names libfreeco.a, itself a script naming the libraries in order.
  list(JOIN _l_libraries " " _inputs)
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
  foreach(_dir ${_libc_lib_dirs})
    string(APPEND _libc_link " -L${_dir}")
  endforeach()
  list(JOIN _libc_libs " " _libc_libs_text)
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
-lfreeco ${_libc_libs_text}
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
foreach(_key CPU_FLAGS DIALECT_FLAGS LINKER_FLAGS LIBC_COMPILE_FLAGS LIBC_LINK_FLAGS)
  string(APPEND _v "  ${_key}")
  foreach(_value ${FREECO_${_key}})
    string(APPEND _v " \"${_value}\"")
  endforeach()
  string(APPEND _v "\n")
endforeach()
string(APPEND _v "  LIBRARIES")
foreach(_archive ${_archives})
  string(APPEND _v " \"${_variant}/${_archive}\"")
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
