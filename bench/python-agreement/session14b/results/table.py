"""Prints the per-program table of README.md from results/ (import verdicts and agree.py JSON)."""
import glob
import json
import os
import re

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


def agree(name):
    best = None
    for prefix in ("runs100_", "", "variant_"):
        path = os.path.join(here, f"{prefix}{name}.agree.json")
        if os.path.exists(path):
            for line in open(path):
                if line.startswith("{"):
                    d = json.loads(line)
                    if best is None or d["runs"] > best["runs"]:
                        best = d
    return best


def refusal(name, prefix=""):
    path = os.path.join(here, f"{prefix}{name}.import.err")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    text = open(path).read()
    first = text.split("╭")[0]
    first = " ".join(part.strip(" │×\n") for part in first.splitlines())
    return re.sub(r"\s+", " ", first).strip()


def short(state):
    return state.replace("ok ", "")


def row(path, prefix=""):
    name = os.path.basename(path)[:-3]
    first = open(path).readline().strip()
    bug = "bug" if first.startswith("# Known bug") else "no bug"
    why = refusal(name, prefix)
    if why:
        return f"| {name} | {bug} | refused: `{why}` | | | | |"
    d = agree(name)
    if d is None:
        return f"| {name} | {bug} | imports | (not run) | | | |"
    observed = ", ".join(f"{short(k)} ({v})" for k, v in d["observed"].items())
    if len(observed) > 160:
        observed = f"{len(d['observed'])} states: " + observed[:160] + "..."
    agrees = "yes" if not d["not_predicted"] else f"**no**: {len(d['not_predicted'])} missed"
    complete = "complete" if d["weft_complete"] else "incomplete"
    return f"| {name} | {bug} | imports | {observed} ({d['runs']} runs) | {d['weft_outcomes']}, {complete} | {agrees} | {len(d['weft_only'])} |"


print("| program | first line | import | CPython 3.11 states (count) | weft outcomes | agrees | weft-only |")
print("|---|---|---|---|---|---|---|")
for path in sorted(glob.glob(os.path.join(root, "*.py"))):
    print(row(path))
print()
print("| variant | first line | import | CPython 3.11 states (count) | weft outcomes | agrees | weft-only |")
print("|---|---|---|---|---|---|---|")
for path in sorted(glob.glob(os.path.join(root, "variants", "*.py"))):
    print(row(path, "variant_"))
