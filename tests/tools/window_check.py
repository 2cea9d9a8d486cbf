#!/usr/bin/env python3
"""Find every window where a firmware runs with interrupts masked, or inside an exclusive access,
from its disassembly.

    llvm-objdump -d -C firmware.elf > firmware.dis
    window_check.py --limit 16 firmware.dis                     (or - for stdin)
    window_check.py --kind exclusive --limit 16 firmware.dis

--kind masked (the default): interrupts masked, as below.

--kind exclusive: from an `ldrex` (b, h, d) to the `strex` or `clrex` that closes it, by the same
rules, and besides: no store may sit on any path between them (str*, stm*, push and their FP
forms: a spill there is legal C++, but whether it clears the local monitor is implementation
defined, and if it does the STREX fails every time and the update spins for ever). Output and
errors read the same with "exclusive" for "masked".

A window opens at `cpsid i` (after `mrs rX, primask` when the code saves PRIMASK to restore it
later; that mrs runs before the mask and is not part of the window) and closes at the first
`cpsie i` or `msr primask, rX` on each path that leaves the `cpsid`. The script follows every
path from the `cpsid`: fall-through and conditional branches both ways, unconditional branches
to their target, until the path reaches an unmasking instruction. Which register the msr
restores is not checked (a compiler may move the saved mask), nor are windows opened by
writing PRIMASK or BASEPRI (the runtime masks with `cpsid i` only).

Length. A window's length is the number of instructions on its longest path, from the `cpsid`
to the unmasking instruction, both inclusive. It is an instruction count, not cycles: a load, a
store, a taken branch and WFI all count one.

Why paths and not address order. Counting the instructions in address order from the `cpsid` to
the unmasking one is an upper bound of the longest path only while the window has one exit and
branches only forward (a forward branch can only skip instructions). Compiled code breaks both:
GCC gives interrupt_event::signal() two exits, one of them after the first exit in address order
and reached by a backward jump to a shared tail (`b` back to `str; msr primask`), so address order
counts code that runs unmasked, misses the block past the exit, and takes a jump for a loop.
Following the branches gives the exact longest path instead; the address-order span (cpsid to
the last instruction any masked path reaches) is printed beside it for the record.

Errors, each printed as `ERROR(freeco): ...` on stderr right after its window's line; the exit
status is then 1:
  - a window longer than --limit instructions (with the window's instructions);
  - a call on a masked path: bl, blx, svc or bkpt (what runs there is not bounded here);
  - a loop on a masked path (a branch back to an instruction of the same path: its length is
    not bounded); a backward branch that is on no cycle is not a loop;
  - a path that leaves its function masked: a return (bx lr, a pop or load into pc), an
    indirect branch (bx rN, tbb, tbh, a write to pc), a branch to another function, or falling
    off the function's end or into data. Such a window is not closed within its function.

Output on stdout: one line per window, then the number of windows and the longest:
    masked window: 5 instructions (address-order span 5) in freeco::executor::loop(bool) at 0x57e
    masked windows: 1
    longest masked window: 5 instructions in freeco::executor::loop(bool)
"""
import argparse
import re
import sys

SYMBOL = re.compile(r"^([0-9a-fA-F]+) <(.*)>:\s*$")
LINE = re.compile(r"^\s*([0-9a-fA-F]+):\s(.*)$")
CONDITIONS = {"eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge",
              "lt", "gt", "le", "al"}
TARGET = re.compile(r"(?<![#\w])0x([0-9a-fA-F]+)\b")
NOT_CLOSED = "is not closed within its function"
IT = re.compile(r"^it([te]{0,3})$")


class Instruction:
    def __init__(self, address, mnemonic, operands, text):
        self.address = address
        self.mnemonic = mnemonic  # lower case, without .w/.n
        self.operands = operands  # lower case, without the comment after '@'
        self.text = text
        self.in_it = False        # conditional: inside an IT block

    @property
    def is_data(self):
        return self.mnemonic.startswith(".")


def parse_instruction(address, rest):
    # llvm-objdump: "<raw bytes>\t<mnemonic>\t<operands>", or without --show-raw-insn
    # "\t<mnemonic>\t<operands>"; data is ".word"/".short"/".byte".
    fields = [f.strip() for f in rest.split("\t")]
    fields = [f for f in fields if f]
    if fields and re.fullmatch(r"(?:[0-9a-fA-F]{2,8} ?)+", fields[0]) and len(fields) > 1:
        fields = fields[1:]
    if not fields:
        return None
    head = fields[0].split(None, 1)  # "cpsid i" may come as one field
    mnemonic = head[0].lower()
    operands = " ".join(head[1:] + fields[1:])
    operands = operands.split("@", 1)[0].strip().lower()
    for suffix in (".w", ".n"):
        if mnemonic.endswith(suffix):
            mnemonic = mnemonic[: -len(suffix)]
    return Instruction(address, mnemonic, operands, rest.rstrip())


def parse(lines):
    """Functions as (name, [Instruction]) in address order."""
    functions = []
    current = None
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("Disassembly of section"):
            current = None
            continue
        symbol = SYMBOL.match(line)
        if symbol:
            current = (symbol.group(2), [])
            functions.append(current)
            continue
        match = LINE.match(line)
        if match and current is not None:
            instruction = parse_instruction(int(match.group(1), 16), match.group(2))
            if instruction is not None:
                current[1].append(instruction)
    for name, instructions in functions:
        mark_it_blocks(instructions)
    return [(name, instructions) for name, instructions in functions if instructions]


def mark_it_blocks(instructions):
    remaining = 0
    for instruction in instructions:
        if remaining > 0:
            instruction.in_it = True
            remaining -= 1
            continue
        it = IT.match(instruction.mnemonic)
        if it:
            remaining = 1 + len(it.group(1))


def base_and_condition(mnemonic, bases):
    """('b', 'ne') for 'bne' when 'b' is in bases; (None, None) if it is none of them."""
    for base in sorted(bases, key=len, reverse=True):
        if mnemonic == base:
            return base, None
        if mnemonic.startswith(base) and mnemonic[len(base):] in CONDITIONS:
            return base, mnemonic[len(base):]
    return None, None


def is_mask(instruction):
    return instruction.mnemonic == "cpsid" and "i" in instruction.operands


def is_unmask(instruction):
    if instruction.mnemonic == "cpsie" and "i" in instruction.operands:
        return True
    base, _ = base_and_condition(instruction.mnemonic, {"msr"})
    return base == "msr" and instruction.operands.replace(" ", "").startswith("primask,")


def is_exclusive_load(instruction):
    return instruction.mnemonic.startswith("ldrex")


def is_exclusive_end(instruction):
    return instruction.mnemonic.startswith("strex") or instruction.mnemonic == "clrex"


def is_store(instruction):
    m = instruction.mnemonic
    return ((m.startswith("str") and not m.startswith("strex")) or m.startswith(("stm", "push", "vst", "vpush")))


# kind: (opens a window, closes it, what else a path in it may not do)
KINDS = {
    "masked": (is_mask, is_unmask, None),
    "exclusive": (is_exclusive_load, is_exclusive_end, is_store),
}


def writes_pc(instruction):
    base, _ = base_and_condition(instruction.mnemonic, {"pop", "ldm", "ldmia", "ldmfd", "ldr", "mov", "add"})
    if base is None:
        return False
    registers = [r.strip(" {}!") for r in instruction.operands.split(",")]
    if base in ("pop", "ldm", "ldmia", "ldmfd"):
        return "pc" in registers
    return registers[:1] == ["pc"]


def branch_target(instruction):
    match = TARGET.search(instruction.operands)
    return int(match.group(1), 16) if match else None


class Window:
    def __init__(self, kind, function, instructions, start):
        self.kind = kind
        self.function = function
        self.instructions = instructions
        self.start = start      # index of the opening instruction (cpsid, ldrex)
        self.exits = set()      # indices of the closing instructions its paths reach
        self.reached = {start}  # indices on the window's paths, exits included
        self.errors = []
        self.longest_path = 1   # instructions on the longest path, cpsid and unmask included
        self.where = f"{function} at {instructions[start].address:#x}"

    @property
    def span(self):
        """Instructions in address order from the cpsid to the last one any path reaches."""
        return max(self.reached) - self.start + 1

    def error(self, i, what):
        ins = self.instructions[i]
        instruction = f"{ins.mnemonic} {ins.operands}".strip()
        message = f"ERROR(freeco): {self.kind} window in {self.where} {what} at {ins.address:#x} ({instruction})"
        if message not in self.errors:
            self.errors.append(message)


def analyse(kind, name, instructions, start):
    """Follows every path from the opening instruction at `start` until it closes; returns a
    Window."""
    _, closes, forbidden = KINDS[kind]
    window = Window(kind, name, instructions, start)
    index_of = {ins.address: i for i, ins in enumerate(instructions)}
    error = window.error

    def successors(i):
        ins = instructions[i]
        fall = [i + 1]
        conditional = ins.in_it
        m = ins.mnemonic
        if ins.is_data:
            error(i, f"{NOT_CLOSED}: it runs into data")
            return []
        if m.startswith("udf"):
            return []  # a trap: this path never goes on
        if forbidden is not None and forbidden(ins):
            error(i, "stores to memory")
        call, _ = base_and_condition(m, {"bl", "blx", "svc", "bkpt"})
        if call:
            error(i, "calls out")
            return []
        ret, _ = base_and_condition(m, {"bx"})
        if ret or m in ("tbb", "tbh") or writes_pc(ins):
            returns = (ret and ins.operands == "lr") or m.startswith(("pop", "ldm"))
            error(i, f"{NOT_CLOSED}: it {'returns' if returns else 'branches indirectly'}")
            return fall if conditional else []
        branch, condition = base_and_condition(m, {"b", "cbz", "cbnz"})
        if branch is None:
            return fall
        conditional = conditional or condition not in (None, "al") or branch in ("cbz", "cbnz")
        target = branch_target(ins)
        out = fall if conditional else []
        if target is None or target not in index_of:
            error(i, f"{NOT_CLOSED}: it branches out of the function")
        else:
            out.append(index_of[target])
        return out

    # The masked part of the control-flow graph: everything reachable from the cpsid without
    # passing an unmasking instruction (which ends its path).
    graph = {}
    pending = [start]
    while pending:
        i = pending.pop()
        if i in graph:
            continue
        if i != start and closes(instructions[i]) and not instructions[i].in_it:
            window.exits.add(i)
            graph[i] = []
            continue
        graph[i] = []
        for j in successors(i):
            if j >= len(instructions):
                error(i, f"{NOT_CLOSED}: it runs off the function's end")
                continue
            graph[i].append(j)
            pending.append(j)
    window.reached = set(graph)

    # Loops: an edge back to a node on the current depth-first path. A backward branch that is
    # not on a cycle (a jump back to a shared tail, as GCC places blocks) is no loop.
    on_path, done, back_edges = set(), set(), set()
    stack = [(start, iter(graph[start]))]
    on_path.add(start)
    while stack:
        i, edges = stack[-1]
        j = next(edges, None)
        if j is None:
            stack.pop()
            on_path.discard(i)
            done.add(i)
        elif j in on_path:
            back_edges.add((i, j))
            error(i, f"has a loop back to {instructions[j].address:#x}")
        elif j not in done:
            on_path.add(j)
            stack.append((j, iter(graph[j])))

    # The longest path, in instructions, over the graph without its back edges (a DAG).
    longest = {}
    order, seen = [], set()
    stack = [(start, False)]
    while stack:  # post-order: a node after all its successors
        i, expanded = stack.pop()
        if expanded:
            order.append(i)
            continue
        if i in seen:
            continue
        seen.add(i)
        stack.append((i, True))
        stack.extend((j, False) for j in graph[i] if (i, j) not in back_edges and j not in seen)
    for i in order:
        longest[i] = 1 + max((longest[j] for j in graph[i] if (i, j) not in back_edges), default=0)
    window.longest_path = longest[start]
    if not window.exits and not window.errors:
        error(start, f"{NOT_CLOSED}: no path closes it")
    return window


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(KINDS), default="masked",
                        help="masked: interrupts masked (cpsid i); exclusive: ldrex to strex")
    parser.add_argument("--limit", type=int, required=True,
                        help="the most instructions a window's longest path may have")
    parser.add_argument("disassembly", help="llvm-objdump -d output, or - for stdin")
    args = parser.parse_args()

    source = sys.stdin if args.disassembly == "-" else open(args.disassembly, encoding="utf-8")
    with source:
        functions = parse(source)

    opens = KINDS[args.kind][0]
    windows = []
    for name, instructions in functions:
        for i, ins in enumerate(instructions):
            if opens(ins):
                windows.append(analyse(args.kind, name, instructions, i))

    failed = False
    for window in windows:  # each window's errors right after it (stderr, flushed in order)
        print(f"{args.kind} window: {window.longest_path} instructions (address-order span "
              f"{window.span}) in {window.where}", flush=True)
        errors = list(window.errors)
        if window.longest_path > args.limit:
            excerpt = "\n".join(f"    {window.instructions[i].address:8x}:  {window.instructions[i].text.strip()}"
                                for i in sorted(window.reached))
            errors.insert(0, f"ERROR(freeco): {args.kind} window in {window.where} is {window.longest_path} "
                             f"instructions long, longer than the limit of {args.limit}:\n{excerpt}")
        for message in errors:
            print(message, file=sys.stderr, flush=True)
        failed = failed or bool(errors)

    print(f"{args.kind} windows: {len(windows)}")
    if windows:
        longest = max(windows, key=lambda w: w.longest_path)
        print(f"longest {args.kind} window: {longest.longest_path} instructions in {longest.function}")
    else:
        print(f"longest {args.kind} window: none")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
