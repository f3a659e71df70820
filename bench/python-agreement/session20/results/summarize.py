"""Summary table of session 20's first pass: results/*.import.err and results/*.agree.txt."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"t": "threading", "q": "queue", "f": "futures", "a": "asyncio", "m": "multiprocessing"}


def first_message(name):
    path = os.path.join(HERE, f"{name}.import.err")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return ""
    lines = open(path).read().splitlines()
    text = []
    for line in lines:
        if line.strip().startswith("╭"):
            break
        text.append(line.strip().lstrip("×│").strip())
    return " ".join(text)


def agree_row(name):
    path = os.path.join(HERE, f"{name}.agree.txt")
    if not os.path.exists(path):
        return None
    for line in open(path):
        if line.startswith("{"):
            return json.loads(line)
    return None


def main(subdir=""):
    programs = sorted(glob.glob(os.path.join(ROOT, subdir, "*.py")))
    print("| program | kind | bug | import | weft outcomes | claim | CPython states (runs) | not predicted | weft-only failures | bug found |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for program in programs:
        name = os.path.basename(program)[:-3]
        bug = open(program).readline().startswith("# BUG")
        message = first_message(name)
        row = agree_row(name)
        kind = KINDS.get(name[0], "timing") if not name.startswith("tm") else "timing"
        if row is None:
            print(f"| {name} | {kind} | {'yes' if bug else ''} | refused | | | | | | |")
            continue
        observed = row["observed"]
        failures_weft_only = [k.split()[0] for k in row["weft_only"] if not k.startswith("ok")]
        predicted_failures = [k.split()[0] for k in observed if not k.startswith("ok") and k not in row["not_predicted"]]
        found = ""
        if bug:
            found = "yes" if failures_weft_only or predicted_failures else "NO"
        states = ", ".join(f"{k.split()[0]}x{v}" for k, v in observed.items())
        np = len(row["not_predicted"])
        complete = "complete" if row["weft_complete"] else row["weft_claim"]
        flag = " **SILENT**" if np and row["weft_complete"] else ""
        spurious = sorted(set(failures_weft_only))
        print(f"| {name} | {kind} | {'yes' if bug else ''} | ok | {row['weft_outcomes']} | {complete} | {states} | {np}{flag} | {' '.join(spurious)} | {found} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
