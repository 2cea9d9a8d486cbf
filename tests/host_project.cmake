# What the projects that build the runtime for the host (tests/host, tests/fuzz) share: the
# source root and the language level. Included right after project().
cmake_path(GET CMAKE_CURRENT_SOURCE_DIR PARENT_PATH FREECO_ROOT)  # tests/
cmake_path(GET FREECO_ROOT PARENT_PATH FREECO_ROOT)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
enable_testing()
