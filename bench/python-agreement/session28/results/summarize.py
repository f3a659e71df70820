"""Builds the README's tables from results/: the import errors, agree.py's JSON rows and the timing rows.

    python3 results/summarize.py            # from bench/python-agreement/session28
"""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def refusals(path):
    """Maps each refused program to the first line of weft's message."""
    found = {}
    current = None
    for line in open(path):
        head = re.match(r"== (\S+) \(rc=\d+\)", line)
        if head:
            current = head.group(1)
            found[current] = ""
        elif current and not found[current]:
            found[current] = line.strip().lstrip("×").strip()
        elif current and line.strip().startswith("│") and not found[current].endswith("here"):
            found[current] += " " + line.strip().lstrip("│").strip()
    return found


def agree_rows(paths):
    """Maps each program's file name to agree.py's JSON row (the last one seen)."""
    rows = {}
    for path in paths:
        for line in open(path):
            if line.startswith("{"):
                row = json.loads(line)
                rows[row["program"]] = row
    return rows


def verdict(row):
    if row.get("not_predicted"):
        return "MISSING " + ", ".join(row["not_predicted"])
    observed = ", ".join(f"{state} x{count}" for state, count in row["observed"].items())
    return f"agrees ({row['weft_claim']}): {observed}"


def main():
    refused = refusals(os.path.join(HERE, "s28probe.import.err"))
    rows = agree_rows(sorted(glob.glob(os.path.join(HERE, "s28probe.agree*.txt"))))
    programs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "*.py")))
    for name in programs:
        bug = open(os.path.join(ROOT, name)).readline().startswith("# BUG")
        mark = " (bug)" if bug else ""
        if name in refused:
            print(f"| {name}{mark} | refused | {refused[name][:160]} |")
        elif name in rows:
            print(f"| {name}{mark} | imports | {verdict(rows[name])[:200]} |")
        else:
            print(f"| {name}{mark} | imports | (no agree row) |")
    print()
    for name in sorted(rows):
        row = rows[name]
        if "timing" in json.dumps(row) or "makespan" in json.dumps(row):
            print(name, {k: v for k, v in row.items() if "tim" in k or "makespan" in k or "wall" in k})


main()
