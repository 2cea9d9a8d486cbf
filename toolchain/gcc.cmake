# gcc for freeco's own builds (CMakePresets.json): see compiler.cmake.
set(FREECO_COMPILER "gcc")
include("${CMAKE_CURRENT_LIST_DIR}/compiler.cmake")
