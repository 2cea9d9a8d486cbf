#!/usr/bin/env python3
"""What each piece of freeco costs in flash and RAM, from images that differ by one piece
(bench/CMakeLists.txt builds them), and whether the minimal images keep their budgets.

  footprint.py --cpu cortex-m0 startup=path.elf two_tasks=path.elf ...

Flash is what the image stores (text + data: code, constants, tables, .data's load image);
RAM is every section from RAM's origin up (.data, thread-local storage, .bss, .noinit; the
stack, __freeco_stack_size bytes, is not counted). Exit status
1 when an image is over its budget, 2 on bad arguments.
"""
import argparse
import subprocess
import sys

# Flash budgets in bytes of the images with the none console and the reset exit, per CPU: the
# largest of the three compilers, rounded up to 16 bytes, so that any growth is seen. Of the
# startup image, 192 bytes are the vector table (48 entries on both boards) and about 90 the
# reset exit (its record and the boot step that takes it); the M4 adds its FPU, fault and MPU
# set-up (about 90 bytes). The two tasks add the executor, the frame pool and the coroutines,
# and since interrupt executors (issue 16) 96 to 284 bytes (GCC on the M0 the least, clang 14
# on the M4 the most) that every executor and pool carries for them: spawn's test of the level
# and its path from another level (pend_line, spawn_from_elsewhere), the pools' test for their
# atomic steps (which only firmware that starts an interrupt_executor links), and the per-core
# record's two new words.
BUDGETS = {
    "cortex-m0": {"startup": 480, "two_tasks": 1904},
    "cortex-m4": {"startup": 672, "two_tasks": 2176},
}

# Each piece is the difference between two images: (what, image with it, image without it).
PIECES = [
    ("exit: reset (the record and its report at boot)", "startup", "halt"),
    ("exit: semihosting", "exit_semihosting", "halt"),
    ("reports: full text (faults, stack overflow, panics)", "reports", "halt"),
    ("console: semihosting sink", "console_semihosting", "reports"),
    ("console: uart sink", "console_uart", "reports"),
    ("stack painting (freeco::stack::used_most)", "stack_painting", "halt"),
]


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def sizes(elf):
    text, data = (int(v) for v in run("arm-none-eabi-size", "-B", elf).splitlines()[1].split()[:2])
    # RAM: the sections from RAM's origin (link.ld's __freeco_stack_limit) up, but for the stack
    # reservation, which is the same in every image.
    ram_origin = next(int(line.split()[0], 16) for line in run("arm-none-eabi-nm", elf).splitlines()
                      if line.endswith(" __freeco_stack_limit"))
    ram = 0
    for line in run("arm-none-eabi-size", "-A", elf).splitlines()[2:]:
        fields = line.split()
        if len(fields) == 3 and fields[0] != ".stack" and int(fields[2]) >= ram_origin:
            ram += int(fields[1])
    return text + data, ram


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpu", required=True, choices=sorted(BUDGETS))
    parser.add_argument("images", nargs="+", metavar="NAME=ELF")
    args = parser.parse_args()
    images = {}
    for item in args.images:
        name, sep, path = item.partition("=")
        if not sep:
            parser.error(f"'{item}' is not NAME=ELF")
        images[name] = sizes(path)
    needed = {n for _, a, b in PIECES for n in (a, b)} | set(BUDGETS[args.cpu])
    missing = sorted(needed - set(images))
    if missing:
        parser.error("missing images: " + ", ".join(missing))

    print(f"{'image':<22}{'flash':>7}{'RAM':>7}")
    for name, (flash, ram) in images.items():
        print(f"{name:<22}{flash:>7}{ram:>7}")
    print(f"\n{'piece':<54}{'flash':>7}{'RAM':>7}")
    for what, with_it, without in PIECES:
        flash = images[with_it][0] - images[without][0]
        ram = images[with_it][1] - images[without][1]
        print(f"{what:<54}{flash:>+7}{ram:>+7}")

    over = [(n, images[n][0], b) for n, b in BUDGETS[args.cpu].items() if images[n][0] > b]
    for name, flash, budget in over:
        print(f"\nFAIL: {name} takes {flash} bytes of flash, over its budget of {budget} on the "
              f"{args.cpu}: find what grew with the map file ({name}.elf.map)")
    print("\nbudgets: " + ", ".join(f"{n} {images[n][0]}/{b}" for n, b in BUDGETS[args.cpu].items()))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
