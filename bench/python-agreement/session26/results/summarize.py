"""Tables for the README from results/: one line per agree.py row, and the first line of each refusal.

    python3 results/summarize.py            # every results/*.txt agree row, then the import refusals
"""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def agree_rows(path):
    name = None
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("=== "):
            name = line[4:]
        elif line.startswith("{"):
            row = json.loads(line)
            verdict = "NOT PREDICTED" if row["not_predicted"] else "agree"
            timing = row.get("timing")
            extra = f" makespan {timing['weft_makespan_ms']} ms vs median {timing['cpython_wall_median_ms']} ms ({timing['error_percent']}%)" if timing else ""
            observed = ", ".join(f"{k.split(' ')[0]} x{v}" for k, v in row["observed"].items())
            yield f"{name}: {verdict}; weft {row['weft_outcomes']} outcomes, {row['weft_claim']}; CPython {observed}{extra}"


def refusals(path):
    current = None
    for line in open(path, encoding="utf-8"):
        match = re.match(r"== (\S+) rc=(\d+)", line)
        if match:
            current = match.group(1) if match.group(2) != "0" else None
        elif current and "×" in line:
            yield f"{current}: {line.split('×', 1)[1].strip()}"
            current = None


for path in sorted(glob.glob(os.path.join(HERE, "s26probe.*.txt"))):
    print(f"## {os.path.basename(path)}")
    for row in agree_rows(path):
        print(row)
print("## refusals (s26probe.import.err)")
for row in refusals(os.path.join(HERE, "s26probe.import.err")):
    print(row)
