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
#   stress_interrupts=N, stress_seed=S
#                      the randomized interrupt stress (tests/runtime/interrupt): how many
#                      interrupts (default 20000) and the seed (default 1); ./x stress sets them
# Without a build directory, against an installed sysroot (the conformance suite only):
#   sysroot=P          the prefix ./x install (or cmake --install) wrote; with cxx= (any clang++
#                      or arm-none-eabi-g++, through P's clang config file or GCC specs) and
#                      board=NAME; libc=NAME (default none); output=DIR for the test outputs
#                      (default build/lit-sysroot/<compiler>-<board>-<libc> in this tree)
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lit"))
from freeco_format import FreecoTest  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
table = json.load(open(os.path.join(root, "targets", "targets.json")))


def choice(kind, value, valid):
    if value not in valid:
        lit_config.fatal(f"ERROR(freeco): unknown {kind} '{value}'; valid: {', '.join(valid)}")
    return value


# Two ways in. From a build directory (its lit.site.cfg.py says everything), or from an
# installed sysroot with no build tree at all (the conformance suite against any compiler):
#   lit --param sysroot=P --param cxx=clang++-19 --param board=microbit [--param libc=none] tests/conformance
sysroot = lit_config.params.get("sysroot")
if sysroot is None and not hasattr(config, "freeco_root"):
    lit_config.fatal("ERROR(freeco): no build directory and no sysroot: run the suite of a build "
                     "directory (lit build/<compiler>-<board>/tests) or give --param sysroot=P "
                     "--param cxx=COMPILER --param board=BOARD")
if sysroot is not None:
    sysroot = os.path.abspath(sysroot)
    if not os.path.isdir(os.path.join(sysroot, "lib", "freeco")):
        lit_config.fatal(f"ERROR(freeco): '{sysroot}' is no freeco sysroot (no lib/freeco): "
                         f"install one with ./x install --prefix DIR")
    if "cxx" not in lit_config.params or "board" not in lit_config.params:
        lit_config.fatal("ERROR(freeco): with --param sysroot, give --param cxx=COMPILER and --param board=BOARD")
    config.freeco_board = choice("board", lit_config.params["board"], list(table["boards"]))
    config.freeco_libc = choice("C library", lit_config.params.get("libc", "none"), table["libcs"])
wanted_board = lit_config.params.get("board", config.freeco_board)
if wanted_board != config.freeco_board:
    lit_config.fatal(f"ERROR(freeco): this build directory is for {config.freeco_board}; run the "
                     f"suite of a {wanted_board} build (./x test --board {wanted_board})")
board = table["boards"][config.freeco_board]
cpu = table["cpus"][board["cpu"]]

cxx = lit_config.params.get("cxx") or config.freeco_cxx
try:
    version = subprocess.run([cxx, "--version"], capture_output=True, text=True)
except OSError as error:
    lit_config.fatal(f"ERROR(freeco): cannot run the compiler '{cxx}': {error.strerror}")
if version.returncode != 0:
    lit_config.fatal(f"ERROR(freeco): cannot run the compiler '{cxx}': {version.stderr.strip()}")
family = "clang" if "clang" in version.stdout else "gcc"
if sysroot is None and family != config.freeco_family:
    lit_config.fatal(f"ERROR(freeco): '{cxx}' is {family}, but this build directory was "
                     f"configured for {config.freeco_family}: configure a {family} build "
                     f"(./x test --compiler ...) and point lit at that one")
full_version = subprocess.run([cxx, "-dumpversion"], capture_output=True, text=True).stdout.strip()
major = full_version.split(".")[0]

# The name the results carry: the compiler under test and its version (a --param cxx= compiler,
# not the build directory's), so that results of two compilers never read alike.
compiler_name = os.path.basename(cxx) if sysroot is not None or "cxx" in lit_config.params else config.freeco_compiler
config.name = (f"freeco [{compiler_name} {full_version}, {config.freeco_board}, libc={config.freeco_libc}"
               + (", sysroot]" if sysroot is not None else "]"))
config.test_format = FreecoTest()
config.suffixes = [".cpp"]
config.excludes = ["lit", "Inputs", "support", "host", "install"]
# The language conformance suite does not depend on the C library: it runs in the libc=none
# build of each compiler and board only.
if config.freeco_libc != "none":
    config.excludes.append("conformance")
config.test_source_root = os.path.dirname(__file__)
if sysroot is None:
    config.test_exec_root = config.freeco_build_tests
else:
    # A sysroot has the conformance suite's needs only: the other suites use the build tree.
    config.excludes += [d for d in os.listdir(config.test_source_root) if d != "conformance"]
    config.test_exec_root = lit_config.params.get(
        "output", os.path.join(root, "build", "lit-sysroot", f"{compiler_name}-{config.freeco_board}-{config.freeco_libc}"))

# Features, from the target table and the compiler: what REQUIRES/UNSUPPORTED/XFAIL name.
config.available_features.update(cpu["features"])
config.available_features.update([config.freeco_board, board["cpu"], family, f"{family}-{major}",
                                  f"libc={config.freeco_libc}"])
if config.freeco_libc != "none":
    config.available_features.add("libc")

stdlib = lit_config.params.get("stdlib", "freeco")
support = ["-I" + os.path.join(root, "tests", "conformance", "support"),
           "-I" + os.path.join(root, "tests", "runtime", "support")]
if sysroot is None:
    # The C++ headers: libcore's by default, or the cross-compiler's libstdc++ (its newlib
    # build; headers only, so it serves every C library).
    base_flags = list(config.freeco_compile_flags)
    libstdcxx = f"/usr/include/newlib/c++/{config.freeco_gcc_version}"
    toolchain_std_flags = ["-nostdinc++", f"-isystem{libstdcxx}",
                           f"-isystem{libstdcxx}/arm-none-eabi/{config.freeco_multidir}"]
    if stdlib not in ("freeco", "libstdc++"):
        lit_config.fatal(f"ERROR(freeco): unknown stdlib '{stdlib}'; valid: freeco, libstdc++")
    std_flags = toolchain_std_flags if stdlib == "libstdc++" else config.freeco_std_flags
    link_flags = list(config.freeco_link_flag_list)
    without_startup = [f for f in link_flags if f != config.freeco_startup_lib]
    runner = os.path.join(root, "toolchain", "qemu-run")
    objdump = config.freeco_objdump
    linker_script = os.path.join(root, "targets", "link.ld")
    heap_malloc, atexit_run = config.freeco_heap_malloc_object, config.freeco_atexit_run_object
    backends = config.freeco_backend_objects
    llvm_tools = config.freeco_llvm_tools
else:
    # Exactly what a user of the sysroot types: its clang config file or its GCC specs.
    if stdlib != "freeco":
        lit_config.fatal("ERROR(freeco): a sysroot's config files use freeco's std headers: drop --param stdlib")
    name = config.freeco_board + ("" if config.freeco_libc == "none" else f"-{config.freeco_libc}")
    lib = os.path.join(sysroot, "lib", "freeco")
    driver_file = os.path.join(lib, f"{name}.cfg" if family == "clang" else f"{name}.specs")
    if not os.path.isfile(driver_file):
        lit_config.fatal(f"ERROR(freeco): {sysroot} has no {os.path.basename(driver_file)} for {family}: "
                         f"install that board and C library (./x install --prefix {sysroot})")
    driver = ["--config", driver_file] if family == "clang" else [f"-specs={driver_file}"]
    base_flags = driver + ["-Wall", "-Wextra", "-Werror"]
    std_flags = toolchain_std_flags = []
    link_flags = without_startup = driver
    runner = os.path.join(sysroot, "bin", "freeco-run")
    objdump = shutil.which("llvm-objdump-19") or shutil.which("llvm-objdump") or "llvm-objdump"
    linker_script = os.path.join(lib, "link.ld")
    variant = os.path.join(lib, config.freeco_board, f"{family}-{config.freeco_libc}")
    heap_malloc = os.path.join(variant, "heap_malloc.o") if config.freeco_libc != "none" else ""
    atexit_run = os.path.join(variant, "atexit_run.o")
    # The back ends the sysroot installed beside the libraries: console_*.o and exit_*.o.
    backends = {name[:-2]: os.path.join(variant, name) for name in sorted(os.listdir(variant))
                if name.endswith(".o") and name.startswith(("console_", "exit_"))} if os.path.isdir(variant) else {}
    llvm_tools = "/usr/lib/llvm-19/bin"
config.available_features.add(f"stdlib={stdlib}")
# The optimisation level, for XFAILs that only some levels meet (opt=-O0, opt=-Os, ...).

opt = lit_config.params.get("opt", "-Os")
config.available_features.add(f"opt={opt}")
timeout = lit_config.params.get("timeout", "10")
stress = {name: lit_config.params.get(f"stress_{name}", default) for name, default in (("interrupts", "20000"), ("seed", "1"))}
for name, value in stress.items():
    if not value.isdigit() or int(value) == 0:
        lit_config.fatal(f"ERROR(freeco): --param stress_{name} wants a whole number above 0, not '{value}'")
config.freeco_flags = " ".join(shlex.quote(f) for f in base_flags + std_flags + support + [opt])
config.freeco_link_flags = " ".join(shlex.quote(f) for f in link_flags)
config.substitutions += [
    ("%{cxx}", shlex.quote(cxx)),
    # Firmware compiled against arm-none-eabi libstdc++'s headers instead of freeco's.
    ("%{flags_toolchain_std}", " ".join(shlex.quote(f) for f in base_flags + toolchain_std_flags + support + [opt])),
    ("%{run}", f"{shlex.quote(runner)} --board {config.freeco_board} --timeout {timeout}"),
    ("%{objdump}", objdump),
    ("%{stress}", f"-DSTRESS_INTERRUPTS={stress['interrupts']} -DSTRESS_SEED={stress['seed']}"),
    ("%{linker_script}", linker_script),
    # The opt-in heap on the C library's malloc (libc builds only; empty otherwise).
    ("%{heap_malloc}", heap_malloc),
    # The opt-in that runs destructors of statics at exit (abi/atexit_run.cpp).
    ("%{atexit_run}", atexit_run),
    # The console and exit back ends a firmware may choose (freeco/console.hpp, freeco/exit.hpp):
    # %{console_uart}, %{console_none}, %{exit_reset}, %{exit_halt}.
    *[(f"%{{{name}}}", shlex.quote(path)) for name, path in backends.items()],
    ("%{link_flags_without_startup}", " ".join(shlex.quote(f) for f in without_startup)),
    ("%{diag_check}", f"--allow-unused-prefixes --check-prefixes=CHECK,CHECK-{family.upper()}"),
    # FileCheck prefix per architecture: CHECK-ARMV6M / CHECK-ARMV7EM lines.
    ("%{arch_check}", "--allow-unused-prefixes --check-prefixes=CHECK," + ("CHECK-ARMV6M" if "armv6m" in cpu["features"] else "CHECK-ARMV7EM")),
]
config.environment["PATH"] = os.pathsep.join([llvm_tools, os.environ["PATH"]])
