# clang-19 for freeco: see freeco.cmake.
set(FREECO_COMPILER "clang-19" CACHE STRING "")
include("${CMAKE_CURRENT_LIST_DIR}/freeco.cmake")
