# FREECO_LIBC: which C library the firmware links, and the flags that say so. Sets
# FREECO_LIBC_COMPILE_FLAGS (its headers), FREECO_LIBC_LINK_FLAGS (the library itself) and
# FREECO_LIBC_FALLBACK, the same for every compiler.
string(JSON _libcs GET "${_freeco_table}" libcs)
freeco_json_list(_valid_libcs "${_libcs}")
set(FREECO_LIBC "none" CACHE STRING "C library: none, picolibc or newlib-nano")
if(NOT FREECO_LIBC IN_LIST _valid_libcs)
  list(JOIN _valid_libcs ", " _valid)
  message(FATAL_ERROR "ERROR(freeco): unknown C library '${FREECO_LIBC}'; valid: ${_valid}")
endif()

set(_picolibc /usr/lib/picolibc/arm-none-eabi)
set(_newlib_include /usr/include/newlib)
set(_newlib_lib /usr/lib/arm-none-eabi/newlib)
# The same flags for both compiler families, with no specs file: -nostdlib (freeco's startup
# replaces crt0), the C library from its multilib directory, then what freeco links after it
# (FREECO_LINK_SEQUENCE in CMakeLists.txt: freeco's C library glue, FREECO_LIBC_FALLBACK, the
# default console and exit, libgcc). The glue must follow the C library, which calls it.
set(FREECO_LIBC_FALLBACK "")
if(FREECO_LIBC STREQUAL "none")
  set(FREECO_LIBC_COMPILE_FLAGS "")
  set(FREECO_LIBC_LINK_FLAGS -nostdlib)
elseif(FREECO_LIBC STREQUAL "picolibc")
  set(FREECO_LIBC_COMPILE_FLAGS "-isystem${_picolibc}/include")
  set(FREECO_LIBC_LINK_FLAGS -nostdlib "-L${_picolibc}/lib/${FREECO_MULTIDIR}" -lc)
else()  # newlib-nano: its own newlib.h first, then newlib's headers
  set(FREECO_LIBC_COMPILE_FLAGS "-isystem${_newlib_include}/nano" "-isystem${_newlib_include}")
  set(FREECO_LIBC_LINK_FLAGS -nostdlib "-L${_newlib_lib}/${FREECO_MULTIDIR}" -lc_nano)
  # libc_nano again, for what the glue calls (fflush; spelt as a linker flag, which CMake does
  # not fold into the first -lc_nano), then libnosys's stubs for the system calls the glue does
  # not define (_open, _times, ...): they fail with ENOSYS, and the linker warns about them.
  set(FREECO_LIBC_FALLBACK -Wl,-lc_nano -lnosys)
endif()
