# clang-14 for freeco's own builds (CMakePresets.json): see compiler.cmake.
set(FREECO_COMPILER "clang-14")
include("${CMAKE_CURRENT_LIST_DIR}/compiler.cmake")
