# FREECO_LIBC: which C library the firmware links, and the flags that say so. Sets
# FREECO_LIBC_COMPILE_FLAGS (its headers, the same for every compiler) and
# FREECO_LIBC_LINK_FLAGS (per compiler family; they end with libgcc).
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
# -nostartfiles and -nostdlib alike: freeco's startup replaces crt0.
if(FREECO_LIBC STREQUAL "none")
  set(FREECO_LIBC_COMPILE_FLAGS "")
  set(FREECO_LIBC_LINK_FLAGS -nostdlib "${FREECO_LIBGCC}")
elseif(FREECO_LIBC STREQUAL "picolibc")
  set(FREECO_LIBC_COMPILE_FLAGS "-isystem${_picolibc}/include")
  if(FREECO_FAMILY STREQUAL "gcc")
    set(FREECO_LIBC_LINK_FLAGS --specs=picolibc.specs -nostartfiles)
  else()
    set(FREECO_LIBC_LINK_FLAGS -nostdlib "-L${_picolibc}/lib/${FREECO_MULTIDIR}" -lc "${FREECO_LIBGCC}")
  endif()
else()  # newlib-nano: its own newlib.h first, then newlib's headers
  set(FREECO_LIBC_COMPILE_FLAGS "-isystem${_newlib_include}/nano" "-isystem${_newlib_include}")
  if(FREECO_FAMILY STREQUAL "gcc")
    set(FREECO_LIBC_LINK_FLAGS --specs=nano.specs --specs=nosys.specs -nostartfiles)
  else()
    set(FREECO_LIBC_LINK_FLAGS -nostdlib "-L${_newlib_lib}/${FREECO_MULTIDIR}" -lc_nano -lnosys "${FREECO_LIBGCC}")
  endif()
endif()
