#!/usr/bin/env python3
"""Runs freeco's benchmark firmware of each build and reports every metric beside its baseline.

  bench.py --out DIR [--check [--budgets FILE]] NAME=BUILD-DIR...

NAME is how the build is labelled (compiler-board); BUILD-DIR a freeco build tree whose bench
targets (bench/CMakeLists.txt) are built. Prints one table per build, writes DIR/results.json
({"<name>": {"<metric>": number, ...}, ...}: the metrics, then "baseline.<name>" for each
baseline) and DIR/results.svg (a chart of the same). Every timed metric is an exact count of
instructions (QEMU -icount) net of its loop; the ratio is to its baseline, built into the same
firmware. --check holds each build to bench/budgets.json and the scaling curves to flat (see
check(); --budgets names another file). Exit status 1 when a firmware fails or a check does, 2 on bad arguments.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import footprint  # noqa: E402  (sizes of an image, as the footprint test counts them)

RUN = os.path.join(ROOT, "toolchain", "qemu-run")
WINDOW_CHECK = os.path.join(ROOT, "tests", "tools", "window_check.py")
OBJDUMP = "llvm-objdump-19"

# The firmware that print "metric" lines (bench/measure.hpp).
TIMED = ["tasks", "interrupts", "timers", "pool", "preempt"]
# What each size metric is: (metric, image under the build tree, flash or RAM).
SIZES = [
    ("startup_only_flash", "bench/footprint_startup.elf", 0),
    ("two_tasks_flash", "bench/footprint_two_tasks.elf", 0),
    ("two_tasks_ram", "bench/footprint_two_tasks.elf", 1),
    ("demo_flash", "examples/demo.elf", 0),
    ("demo_ram", "examples/demo.elf", 1),
]


class BenchError(Exception):
    pass


def run_firmware(board, elf, *qemu_args):
    command = [RUN, "--board", board, "--icount", "--timeout", "60", elf]
    if qemu_args:
        command += ["--", *qemu_args]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise BenchError(f"{elf} ended with status {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


METRIC = re.compile(r"^metric (\w+) ([0-9.]+) baseline (\w+) ([0-9.]+)$")
FRAME = re.compile(r"^task<> yield loop: (\d+) bytes$")


def measure(build, board, cpu):
    """Every metric of one build: {metric: value}, {metric: baseline name}, {baseline: value}."""
    values, baseline_of, baselines = {}, {}, {}
    for name in TIMED:
        for line in run_firmware(board, os.path.join(build, "bench", f"bench_{name}.elf")).splitlines():
            m = METRIC.match(line.strip())
            if m:
                values[m[1]] = float(m[2])
                baseline_of[m[1]] = m[3]
                baselines[m[3]] = float(m[4])
    for metric, image, which in SIZES:
        path = os.path.join(build, image)
        if image.startswith("examples/") and not os.path.exists(path):
            print(f"bench: {metric} not measured: {path} is not built (FREECO_BUILD_EXAMPLES=OFF)", file=sys.stderr)
            continue
        values[metric] = footprint.sizes(path)[which]
    # RAM per task: the frame of a task that loops on co_await yield(), promise and links
    # included (the runtime keeps nothing else per task).
    frames = run_firmware(board, os.path.join(build, "bench", "bench_frame_sizes.elf"))
    values["ram_per_task"] = next(int(m[1]) for m in map(FRAME.match, frames.splitlines()) if m)
    # The longest stretch with interrupts masked, over every masking site the benchmarks reach
    # (tests/tools/window_check.py, on the disassembly): all of bench_tasks's, and freeco's own
    # functions' in the two firmware that mask on purpose to pend their interrupt (irq_flag.hpp).
    longest = 0
    for name, where in [("tasks", ""), ("interrupts", "freeco::"), ("timers", "freeco::")]:
        dis = subprocess.run([OBJDUMP, "-d", "-C", os.path.join(build, "bench", f"bench_{name}.elf")],
                             check=True, capture_output=True, text=True).stdout
        report = subprocess.run([sys.executable, WINDOW_CHECK, "--limit", "1000", "-"], input=dis,
                                capture_output=True, text=True).stdout
        found = re.findall(r"^masked window: (\d+) instructions .* in " + re.escape(where), report, re.M)
        longest = max([longest] + [int(n) for n in found])
    values["masked_window_m0" if cpu == "cortex-m0" else "masked_window_m4"] = longest
    # Wake-ups from idle: the SysTick exceptions in QEMU's interrupt log while a task waits with
    # no timer pending (per second of the clock's time, which the firmware prints), and while
    # a task sleeps 1 s (all of them).
    for metric, image in [("idle_wakeups_per_s", "bench_idle_untimed"), ("sleep_1s_interrupts", "bench_idle_sleep")]:
        with tempfile.TemporaryDirectory() as tmp:
            log = os.path.join(tmp, "int.log")
            output = run_firmware(board, os.path.join(build, "bench", f"{image}.elf"), "-d", "int", "-D", log)
            with open(log, encoding="utf-8", errors="replace") as f:
                count = sum(1 for line in f if "loading from element 15 of" in line)
        uptime_ms = int(re.search(r"^uptime_ms (\d+)$", output, re.M)[1])
        values[metric] = round(count * 1000 / uptime_ms) if metric.endswith("_per_s") else count
    return values, baseline_of, baselines


def ratio_text(value, base):
    if base <= 0:
        return "-"
    return f"{value / base:.2f}x" if value < base else f"{value / base:.1f}x"


def table(name, values, baseline_of, baselines):
    lines = [name, f"  {'metric':<28}{'value':>10}   {'baseline':<20}{'value':>8}{'ratio':>8}"]
    for metric, value in values.items():
        if metric in baseline_of:
            base = baselines[baseline_of[metric]]
            ratio = ratio_text(value, base)
            lines.append(f"  {metric:<28}{value:>10.1f}   {baseline_of[metric]:<20}{base:>8.1f}{ratio:>8}")
        else:
            lines.append(f"  {metric:<28}{value:>10}")
    return "\n".join(lines)


# Scaling curves: the cost per operation at the larger sizes may exceed the first by at most
# FLAT (a fraction) plus FLAT_SLACK instructions.
CURVES = [
    ["yield_resume", "yield_resume_8", "yield_resume_32"],
    ["channel_item_receivers_2", "channel_item_receivers_8"],
    ["sleep_cycle_pending_8", "sleep_cycle_pending_32"],
]
FLAT, FLAT_SLACK = 0.02, 1.0
# A count read from SysTick is exact to within a SysTick period over the extra iterations
# (bench/measure.hpp): well under this.
RESOLUTION = 0.05


def check(budgets, name, board, cpu, values):
    """Holds one build's metrics to its budgets (by compiler and CPU) and its scaling curves to
    flat; returns the lines to print and whether all held."""
    compiler = name[: -len(board) - 1]
    mine = budgets.get(f"{compiler}-{cpu}")
    if mine is None:
        return [f"  no budgets for {compiler} on the {cpu}"], False
    lines, ok = [], True
    for metric, limit in mine.items():
        value = values.get(metric)
        if value is None:
            lines.append(f"  FAIL {metric}: not measured")
            ok = False
            continue
        over = value > limit["budget"] + RESOLUTION
        ok = ok and not over
        goal = "goal met" if value <= limit["goal"] + RESOLUTION else f"goal {limit['goal']} not met yet"
        lines.append(f"  {'FAIL' if over else 'ok  '} {metric:<28}{value:>8.1f} <= {limit['budget']:<6}({goal})")
    for curve in CURVES:
        first = values[curve[0]]
        for metric in curve[1:]:
            flat = values[metric] <= first * (1 + FLAT) + FLAT_SLACK
            ok = ok and flat
            lines.append(f"  {'ok  ' if flat else 'FAIL'} {metric:<28}{values[metric]:>8.1f} flat against "
                         f"{curve[0]} ({first:.1f})")
    return lines, ok


COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]


def svg(results, baseline_of):
    """One row of bars per metric, one bar per build, each row scaled to its own largest value;
    each bar is labelled with its value and, for a timed metric, the ratio to its baseline."""
    names = list(results)
    metrics = [m for m in results[names[0]] if not m.startswith("baseline.")]
    for other in names[1:]:
        metrics += [m for m in results[other] if m not in metrics and not m.startswith("baseline.")]
    bar, gap, left, width = 14, 16, 230, 420
    row = bar * len(names) + gap
    height = 74 + 18 * len(names) + row * len(metrics)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 170}" height="{height}" '
           'font-family="sans-serif" font-size="11">',
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="10" y="22" font-size="15" font-weight="bold">freeco benchmarks: instructions per '
           'operation (QEMU -icount), sizes in bytes</text>',
           '<text x="10" y="40" fill="#555">each row scaled to its largest bar; (N.Nx) = times its '
           'hand-written baseline in the same firmware</text>']
    for i, n in enumerate(names):  # the legend, one line per build, above the bars
        out.append(f'<rect x="10" y="{52 + 18 * i}" width="12" height="12" fill="{COLOURS[i % len(COLOURS)]}"/>')
        out.append(f'<text x="28" y="{62 + 18 * i}">{html.escape(n)}</text>')
    y = 64 + 18 * len(names)
    for metric in metrics:
        present = [results[n].get(metric) for n in names]
        top = max((v for v in present if v is not None), default=0) or 1
        out.append(f'<text x="{left - 8}" y="{y + row / 2 - gap / 2 + 4}" text-anchor="end">{html.escape(metric)}</text>')
        for i, (n, v) in enumerate(zip(names, present)):
            if v is None:
                continue
            w = max(1, width * v / top)
            label = f"{v:g}"
            base = results[n].get(f"baseline.{baseline_of.get(metric, '')}")
            if base:
                label += f" ({ratio_text(v, base)})"
            yy = y + i * bar
            out.append(f'<rect x="{left}" y="{yy}" width="{w:.1f}" height="{bar - 2}" fill="{COLOURS[i % len(COLOURS)]}"/>')
            out.append(f'<text x="{left + w + 4:.1f}" y="{yy + bar - 4}">{html.escape(label)}</text>')
        y += row
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="where results.json and results.svg go")
    parser.add_argument("--check", action="store_true", help="hold each build to its budgets")
    parser.add_argument("--budgets", default=os.path.join(HERE, "budgets.json"), help="default: bench/budgets.json")
    parser.add_argument("builds", nargs="+", metavar="NAME=BUILD-DIR")
    args = parser.parse_args()
    boards = json.load(open(os.path.join(ROOT, "targets", "targets.json")))["boards"]
    budgets = json.load(open(args.budgets)) if args.check else {}
    results, all_baseline_of, status = {}, {}, 0
    for item in args.builds:
        name, sep, build = item.partition("=")
        if not sep or not os.path.isdir(build):
            parser.error(f"'{item}' is not NAME=BUILD-DIR of an existing build tree")
        board = next((b for b in boards if name.endswith("-" + b)), None)
        if board is None:
            parser.error(f"'{name}' does not end with a board's name ({', '.join(boards)})")
        try:
            values, baseline_of, baselines = measure(build, board, boards[board]["cpu"])
        except (BenchError, subprocess.CalledProcessError, OSError, StopIteration, TypeError) as e:
            print(f"bench: {name}: {e}", file=sys.stderr)
            status = 1
            continue
        all_baseline_of.update(baseline_of)
        results[name] = dict(values, **{f"baseline.{b}": v for b, v in baselines.items()})
        print(table(name, values, baseline_of, baselines), flush=True)
        if args.check:
            lines, ok = check(budgets, name, board, boards[board]["cpu"], values)
            print(f"{name}: budgets ({os.path.relpath(args.budgets, ROOT)}) and flat scaling")
            print("\n".join(lines))
            if not ok:
                print(f"bench: {name} is over a budget or a curve is not flat: the commit that made it so says "
                      "why, or it is a regression", file=sys.stderr)
                status = 1
        print(flush=True)
    if results:
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, "results.json"), "w") as f:
            json.dump(results, f, indent=2)
            f.write("\n")
        with open(os.path.join(args.out, "results.svg"), "w") as f:
            f.write(svg(results, all_baseline_of))
        print(f"bench: wrote {args.out}/results.json and {args.out}/results.svg")
    return status


if __name__ == "__main__":
    sys.exit(main())
