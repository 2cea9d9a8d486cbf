# freeco's lit configuration: one per build directory (compiler x board x C library), loaded
# from the lit.site.cfg.py that CMake writes there (tests/CMakeLists.txt).
#
# Parameters (lit --param NAME=VALUE):
#   board=NAME         only a check: a build directory is for one board, so the suite for
#                      another board is that board's build directory (build/<compiler>-<board>)
#   cxx=/path/to/c++   compile the tests with another compiler of the build's family (a
#                      compiler under test); its major version becomes a feature
#   stdlib=libstdc++   compile against arm-none-eabi libstdc++'s headers instead of libcore's
#                      (a cross-check that both give the same results); default stdlib=freeco
#   opt=-O2            optimisation level of the tests (default -Os)
#   timeout=S          QEMU timeout per firmware run (default 10 s)
import json
import os
import re
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lit"))
from freeco_format import FreecoTest  # noqa: E402

root = config.freeco_root
wanted_board = lit_config.params.get("board", config.freeco_board)
if wanted_board != config.freeco_board:
    lit_config.fatal(f"ERROR(freeco): this build directory is for {config.freeco_board}; run the "
                     f"suite of a {wanted_board} build (./x test --board {wanted_board})")
table = json.load(open(os.path.join(root, "targets", "targets.json")))
board = table["boards"][config.freeco_board]
cpu = table["cpus"][board["cpu"]]

cxx = lit_config.params.get("cxx", config.freeco_cxx)
version = subprocess.run([cxx, "--version"], capture_output=True, text=True)
if version.returncode != 0:
    lit_config.fatal(f"ERROR(freeco): cannot run the compiler '{cxx}': {version.stderr.strip()}")
family = "clang" if "clang" in version.stdout else "gcc"
if family != config.freeco_family:
    lit_config.fatal(f"ERROR(freeco): '{cxx}' is {family}, but this build directory was "
                     f"configured for {config.freeco_family}: configure a {family} build "
                     f"(./x test --compiler ...) and point lit at that one")
major = subprocess.run([cxx, "-dumpversion"], capture_output=True, text=True).stdout.strip().split(".")[0]

config.name = f"freeco [{config.freeco_compiler}, {config.freeco_board}, libc={config.freeco_libc}]"
config.test_format = FreecoTest()
config.suffixes = [".cpp"]
config.excludes = ["lit", "Inputs", "support"]
# The language conformance suite does not depend on the C library: it runs in the libc=none
# build of each compiler and board only.
if config.freeco_libc != "none":
    config.excludes.append("conformance")
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.freeco_build_tests

# Features, from the target table and the compiler: what REQUIRES/UNSUPPORTED/XFAIL name.
config.available_features.update(cpu["features"])
config.available_features.update([config.freeco_board, board["cpu"], family, f"{family}-{major}",
                                  f"libc={config.freeco_libc}"])
if config.freeco_libc != "none":
    config.available_features.add("libc")

# The C++ headers: libcore's by default, or the cross-compiler's libstdc++ (its newlib build;
# headers only, so it serves every C library).
stdlib = lit_config.params.get("stdlib", "freeco")
compile_flags = list(config.freeco_compile_flags)
if stdlib == "libstdc++":
    libcore = "-I" + os.path.join(root, "libcore", "include")
    compile_flags = [f for f in compile_flags if f != libcore]
    libstdcxx = f"/usr/include/newlib/c++/{config.freeco_gcc_version}"
    compile_flags += [f"-isystem{libstdcxx}", f"-isystem{libstdcxx}/arm-none-eabi/{config.freeco_multidir}"]
elif stdlib != "freeco":
    lit_config.fatal(f"ERROR(freeco): unknown stdlib '{stdlib}'; valid: freeco, libstdc++")
config.available_features.add(f"stdlib={stdlib}")
compile_flags.append("-I" + os.path.join(root, "tests", "conformance", "support"))
compile_flags.append("-I" + os.path.join(root, "tests", "runtime", "support"))

opt = lit_config.params.get("opt", "-Os")
timeout = lit_config.params.get("timeout", "10")
config.freeco_flags = " ".join(shlex.quote(f) for f in compile_flags + [opt])
config.freeco_link_flags = " ".join(shlex.quote(f) for f in config.freeco_link_flag_list)
without_startup = [f for f in config.freeco_link_flag_list if f != config.freeco_startup_lib]
runner = os.path.join(root, "toolchain", "qemu-run")
config.substitutions += [
    ("%{cxx}", shlex.quote(cxx)),
    ("%{run}", f"{runner} --board {config.freeco_board} --timeout {timeout}"),
    ("%{objdump}", config.freeco_objdump),
    ("%{linker_script}", os.path.join(root, "targets", "link.ld")),
    # The opt-in heap on the C library's malloc (libc builds only; empty otherwise).
    ("%{heap_malloc}", config.freeco_heap_malloc_object),
    # The opt-in that runs destructors of statics at exit (abi/atexit_run.cpp).
    ("%{atexit_run}", config.freeco_atexit_run_object),
    ("%{link_flags_without_startup}", " ".join(shlex.quote(f) for f in without_startup)),
    ("%{diag_check}", f"--allow-unused-prefixes --check-prefixes=CHECK,CHECK-{family.upper()}"),
    # FileCheck prefix per architecture: CHECK-ARMV6M / CHECK-ARMV7EM lines.
    ("%{arch_check}", "--allow-unused-prefixes --check-prefixes=CHECK," + ("CHECK-ARMV6M" if "armv6m" in cpu["features"] else "CHECK-ARMV7EM")),
]
config.environment["PATH"] = os.pathsep.join([config.freeco_llvm_tools, os.environ["PATH"]])
