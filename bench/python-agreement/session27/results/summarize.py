"""Build the README's tables from results/: s27probe.import.txt/.err, s27probe.agree*.txt, s27probe.explore.txt, timing.

    python3 results/summarize.py            # from bench/python-agreement/session27/
"""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def agree_rows():
    rows = {}
    for path in sorted(glob.glob(os.path.join(HERE, "s27probe.*.txt"))):
        current = None
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line.startswith("=== "):
                current = os.path.basename(line[4:])
            elif line.startswith("{") and current:
                rows[current] = json.loads(line)
    return rows


def refusals():
    text = open(os.path.join(HERE, "s27probe.import.err"), encoding="utf-8").read()
    found = {}
    for block in ("\n" + text).split("\n== ")[1:]:
        name = os.path.basename(block.split("\n", 1)[0].strip())
        match = re.search(r"× \S+?:(\d+):(\d+): (.*?)\n\s+╭", block, re.S)
        if match:
            message = re.sub(r"\s*│\s*", " ", match.group(3)).strip()
            found[name] = (f"{match.group(1)}:{match.group(2)}", message)
    return found


def bug_statuses():
    statuses = {}
    current = None
    for line in open(os.path.join(HERE, "s27probe.explore.txt"), encoding="utf-8"):
        if line.startswith("=== "):
            current = os.path.basename(line[4:].strip())
            statuses[current] = set()
        else:
            match = re.match(r"\s+\d+\s+(ok|assertion_failed|deadlock|fault)\s", line)
            if match and current:
                statuses[current].add(match.group(1))
    return statuses


def main():
    rows = agree_rows()
    refused = refusals()
    bugs = bug_statuses()
    programs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "*.py")))
    programs += sorted("timing/" + os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "timing", "*.py")))
    print("| program | bug | import | weft's claim (outcomes) | CPython states | agree | bug found |")
    print("|---|---|---|---|---|---|---|")
    for program in programs:
        base = os.path.basename(program)
        first = open(os.path.join(ROOT, program), encoding="utf-8").readline()
        bug = "yes" if first.startswith("# BUG") else ""
        if base in refused:
            where, message = refused[base]
            print(f"| {program} | {bug} | refused {where}: {message[:110]} | | | | |")
            continue
        row = rows.get(base)
        if row is None:
            print(f"| {program} | {bug} | ok | (not run) | | | |")
            continue
        agree = "yes" if not row["not_predicted"] else "**NO**"
        found = ""
        if bug:
            failing = bugs.get(base, set()) - {"ok"}
            found = ("yes: " + ", ".join(sorted(failing))) if failing else "**no**"
        timing = row.get("timing")
        extra = ""
        if timing:
            extra = f"; makespan {timing['weft_makespan_ms']} ms vs median {timing['cpython_wall_median_ms']} ms ({timing['error_percent']}%)"
        print(f"| {program} | {bug} | ok | {row['weft_claim']} ({row['weft_outcomes']}) | {len(row['observed'])} | {agree}{extra} | {found} |")


if __name__ == "__main__" and len(__import__("sys").argv) == 1:
    main()


def checks_table():
    """One line per agree.py row of checks/, variants/ and repro/ (s27probe.checks*.txt, .variants*.txt, .repro.txt)."""
    print("| program | weft's claim (outcomes) | CPython states | agree |")
    print("|---|---|---|---|")
    for pattern in ("s27probe.repro.txt", "s27probe.checks*.txt", "s27probe.variants*.txt", "s27probe.timing*.txt"):
        for path in sorted(glob.glob(os.path.join(HERE, pattern))):
            current = None
            for line in open(path, encoding="utf-8"):
                line = line.strip()
                if line.startswith("=== "):
                    current = line[4:]
                elif line.startswith("{") and current:
                    row = json.loads(line)
                    agree = "yes" if not row["not_predicted"] else "**NO**: " + "; ".join(row["not_predicted"])[:160]
                    timing = row.get("timing")
                    if timing:
                        agree += f"; makespan {timing['weft_makespan_ms']} ms vs median {timing['cpython_wall_median_ms']} (fastest {timing['cpython_wall_min_ms']})"
                    print(f"| {current} | {row['weft_claim']} ({row['weft_outcomes']}) | {len(row['observed'])} | {agree} |")


if __name__ == "__main__" and len(__import__("sys").argv) > 1 and __import__("sys").argv[1] == "--checks":
    checks_table()
