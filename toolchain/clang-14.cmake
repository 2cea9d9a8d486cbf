# clang-14 for freeco: see freeco.cmake.
set(FREECO_COMPILER "clang-14" CACHE STRING "")
include("${CMAKE_CURRENT_LIST_DIR}/freeco.cmake")
