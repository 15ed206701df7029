#!/usr/bin/env python3
"""Regenerates startup_functions.txt: the runtime functions every compiled program runs before
and while it prints one line (the link step places them side by side; see mod.rs).

    KILN_KEEP_SYMBOLS=1 ./target/release/kiln build hello.js -o /tmp/hello   # console.log("hello world")
    valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file=/tmp/cg.out /tmp/hello
    python3 compiler/src/link/startup_profile.py /tmp/cg.out /tmp/hello \\
        target/release/libkiln_runtime.a compiler/src/link/startup_functions.txt > /tmp/list
    mv /tmp/list compiler/src/link/startup_functions.txt

Arguments: the callgrind profile, the profiled (unstripped) executable, the runtime library,
and optionally the list made before (its patterns are kept: give it when the list only needs
topping up, leave it out to start afresh).
Prints one name pattern per line: the code section name (without `.text.` or
`.text.unlikely.`) of every executed function of the runtime library, with the parts that
change between builds as `*` (see `stable_name` and `main`).
"""

import bisect
import re
import subprocess
import sys


# Listed whatever the profile says: the realm's set-up runs every built-in's `init` (a new
# built-in's too, before this list is made again).
ALWAYS = [
    "_ZN12kiln_runtime5realm*",
    "_ZN12kiln_runtime8builtins*4init17h*E",
    "_ZN12kiln_runtime4node*4init17h*E",
]


def code_range(executable):
    """The addresses of the executable's code segment (a non-PIE executable is loaded there)."""
    listing = subprocess.run(["readelf", "-lW", executable], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        parts = line.split()
        if parts and parts[0] == "LOAD" and "E" in parts[6:-1]:
            start = int(parts[2], 16)
            return start, start + int(parts[5], 16)
    raise SystemExit("no code segment in " + executable)


def executed_addresses(profile, executable):
    """Instruction addresses callgrind saw executed inside `executable`. Valgrind counts code
    outside the `.text` section (the start-up functions, once placed) under the object `???`:
    those addresses count too when they lie in the executable's code segment."""
    low, high = code_range(executable)
    names = {}
    current = None
    address = 0
    found = set()
    for line in open(profile, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        match = re.match(r"c?ob=\((\d+)\)(?: (.*))?$", line)
        if match:
            if match.group(2):
                names[match.group(1)] = match.group(2)
            if line.startswith("ob="):
                current = names.get(match.group(1))
            continue
        if not line or line[0] not in "0123456789+-*":
            continue
        token = line.split()[0]
        if token.startswith("0x"):
            address = int(token, 16)
        elif token[0] in "+-":
            address += int(token)
        elif token != "*":
            continue
        if current == executable or (current == "???" and low <= address < high):
            found.add(address)
    return found


def function_symbols(executable):
    symbols = []
    listing = subprocess.run(["nm", "-S", "--defined-only", executable], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "tTwW":
            symbols.append((int(parts[0], 16), int(parts[1], 16), parts[3]))
    symbols.sort()
    return symbols


def library_code_sections(library):
    """function symbol → the code section of the library holding it (`.text.<name>`, or
    `.text.unlikely.<name>` for code the compiler thought cold; identical functions merged by
    the compiler share one section under another symbol's name)."""
    listing = subprocess.run(["readelf", "-sSW", library], capture_output=True, text=True, check=True).stdout
    sections = {}
    holder = {}
    for line in listing.splitlines():
        if line.startswith("File: "):
            sections = {}
            continue
        match = re.match(r"\s*\[\s*(\d+)\] (\.text\.\S+)", line)
        if match:
            sections[match.group(1)] = match.group(2)
            continue
        parts = line.split()
        if len(parts) == 8 and parts[3] == "FUNC" and parts[6] in sections:
            holder[parts[7]] = sections[parts[6]]
    return holder


def stable_name(section):
    """The function name of a code section without what changes between builds of the same
    source: the `.llvm.<n>` suffix of a local function used from another code unit (whether
    it has one depends on how the compiler splits the crate; the link step matches both) and
    v0 crate disambiguators (which change with the compiler version) as `*`."""
    name = re.sub(r"^\.text\.(unlikely\.)?", "", section)
    name = re.sub(r"\.llvm\.[0-9]+$", "", name)
    return re.sub(r"Cs[0-9A-Za-z]+_", "Cs*_", name)


def without_hash(name):
    return re.sub(r"17h[0-9a-f]{16}E", "17h*E", name)


def main():
    profile, executable, library = sys.argv[1:4]
    earlier = sys.argv[4] if len(sys.argv) > 4 else None
    addresses = executed_addresses(profile, executable)
    symbols = function_symbols(executable)
    starts = [start for start, _, _ in symbols]
    executed = set()
    for address in addresses:
        index = bisect.bisect_right(starts, address) - 1
        if index >= 0 and symbols[index][0] <= address < symbols[index][0] + symbols[index][1]:
            executed.add(symbols[index][2])
    holder = library_code_sections(library)
    # A legacy symbol's `17h<hash>E` changes with the compiler version too, but the instances
    # of a generic function differ in it alone: it becomes `*` only where the name of one
    # function is left.
    functions = {}
    for section in set(holder.values()):
        name = stable_name(section)
        functions.setdefault(without_hash(name), set()).add(name)
    patterns = set()
    for symbol in executed:
        section = holder.get(symbol)
        if section is not None:
            name = stable_name(section)
            patterns.add(without_hash(name) if len(functions[without_hash(name)]) == 1 else name)
    if earlier:
        # Kept from the list made before: which functions the compiler inlines and how it
        # splits the crate change from build to build; a few more listed cost little.
        patterns.update(line.strip() for line in open(earlier) if line.strip() and not line.startswith("#"))
    patterns = sorted(patterns)
    print("# Generated by startup_profile.py (see there): one function name pattern a line.")
    for line in ALWAYS + [pattern for pattern in patterns if pattern not in ALWAYS]:
        print(line)


if __name__ == "__main__":
    main()
