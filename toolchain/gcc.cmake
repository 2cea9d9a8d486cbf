# gcc for freeco: see freeco.cmake.
set(FREECO_COMPILER "gcc" CACHE STRING "")
include("${CMAKE_CURRENT_LIST_DIR}/freeco.cmake")
