"""Tables of session 21's probe from results/: `summarize.py` (the 40 and timing/), `summarize.py checks`
(checks/, results/checks/), likewise variants and repro. A row is SILENT when a state CPython gave is
missing from weft's outcomes while weft's claim is "complete" (also "complete within" a bound)."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"t": "threading", "q": "queue", "f": "futures", "a": "asyncio", "m": "multiprocessing", "c": "check", "r": "repro"}


def first_message(folder, name):
    path = os.path.join(folder, f"{name}.import.err")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return ""
    text = []
    for line in open(path).read().splitlines():
        if line.strip().startswith("╭"):
            break
        text.append(line.strip().lstrip("×│").strip())
    return " ".join(text).replace("|", "\\|")


def agree_row(folder, name):
    path = os.path.join(folder, f"{name}.agree.txt")
    if not os.path.exists(path):
        return None
    for line in open(path):
        if line.startswith("{"):
            return json.loads(line)
    return None


def statuses(row):
    """weft's outcome statuses: those it listed that CPython did not give, and CPython's it predicted."""
    listed = {k.split()[0] for k in row["weft_only"]}
    listed |= {k.split()[0] for k in row["observed"] if k not in row["not_predicted"]}
    return listed


def main(subdir=""):
    folder = os.path.join(HERE, subdir) if subdir else HERE
    programs = sorted(glob.glob(os.path.join(ROOT, subdir, "*.py")))
    if not subdir:
        programs += sorted(glob.glob(os.path.join(ROOT, "timing", "*.py")))
    print("| program | kind | bug | import | claim (outcomes) | CPython states (runs) | verdict | weft-only failures | bug found | timing |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for program in programs:
        name = os.path.basename(program)[:-3]
        bug = open(program).readline().startswith("# BUG")
        kind = "timing" if name.startswith("tm") else KINDS.get(name[0], "?")
        message = first_message(folder, name)
        row = agree_row(folder, name)
        if row is None:
            print(f"| {name} | {kind} | {'yes' if bug else ''} | refused: {message[:160]} | | | | | | |")
            continue
        claim = row["weft_claim"]
        listed = statuses(row)
        failures = sorted(s for s in {k.split()[0] for k in row["weft_only"]} if s != "ok")
        found = ("yes" if listed - {"ok"} else "NO") if bug else ""
        states = ", ".join(f"{k.split()[0]} x{v}" for k, v in row["observed"].items())
        missing = len(row["not_predicted"])
        if missing == 0:
            verdict = "agrees"
        elif set(row["not_predicted"]) == {"deadlock"} and row["not_predicted"]["deadlock"] == row["runs"]:
            verdict = "CPython 'deadlock' in every run, not predicted (c171: harness.py's own hang, README)"
        elif set(row["not_predicted"]) == {"deadlock"}:
            # agree.py calls a CPython run that outlives --timeout (3 s) a deadlock: under load average 10
            # to 22 some runs of programs that cannot block did (c171 is harness.py's own hang: README)
            verdict = f"agrees but for {row['not_predicted']['deadlock']} CPython run(s) over the 3 s time-out"
        elif claim.startswith("complete"):
            verdict = f"**SILENT: {missing} state(s) missing**"
        else:
            verdict = f"{missing} state(s) missing, claim {claim}"
        timing = ""
        if "timing" in row:
            t = row["timing"]
            timing = f"weft {t['weft_makespan_ms']} ms, CPython median {t['cpython_wall_median_ms']} ms ({t['error_percent']}%), fastest {t['cpython_wall_min_ms']} ms ({t['error_percent_of_fastest']}%)"
        print(f"| {name} | {kind} | {'yes' if bug else ''} | ok | {claim} ({row['weft_outcomes']}) | {states} | {verdict} | {' '.join(failures)} | {found} | {timing} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
