"""Tables of session 23's probe from results/: `summarize.py` (the 40 and timing/), `summarize.py checks`,
`summarize.py variants`, `summarize.py repro`. Reads the combined files run_agree.sh and the import loop
write (`== PROG rc=N` blocks of weft's import errors; `##### PROG` blocks of agree.py rows). A row is
SILENT when a state CPython gave is missing from weft's outcomes while weft's claim starts with "complete"."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"t": "threading", "q": "queue", "f": "futures", "a": "asyncio", "m": "multiprocessing", "c": "check", "r": "repro", "v": "variant"}
SOURCES = {
    "": (["s23probe.import.err"], ["s23probe.agree.txt", "s23probe.timing.txt"]),
    "checks": (["checks.import.err"], ["checks.agree.txt"]),
    "variants": (["variants.import.err"], ["variants.agree.txt", "s23probe.timing.txt"]),
    "repro": (["repro.import.err"], ["repro.agree.txt"]),
}


def import_messages(files):
    """The first lines of weft's refusal per program (by base name), "" when it imported. Later blocks win."""
    messages = {}
    for file in files:
        path = os.path.join(HERE, file)
        if not os.path.exists(path):
            continue
        for block in open(path).read().split("== ")[1:]:
            head, *lines = block.split("\n")
            name = os.path.basename(head.split()[0])[:-3]
            text = []
            for line in lines:
                if line.strip().startswith("╭"):
                    break
                text.append(line.strip().lstrip("×│").strip())
            messages[name] = "" if "rc=0" in head else " ".join(text).replace("|", "\\|")
    return messages


def agree_rows(files):
    rows = {}
    for file in files:
        path = os.path.join(HERE, file)
        if not os.path.exists(path):
            continue
        for line in open(path):
            if line.startswith("{"):
                row = json.loads(line)
                name = row["program"][:-3]
                if "timing" in row or name not in rows:
                    rows[name] = {**rows.get(name, {}), **row}
    return rows


def statuses(row):
    listed = {k.split()[0] for k in row["weft_only"]}
    listed |= {k.split()[0] for k in row["observed"] if k not in row["not_predicted"]}
    return listed


def main(subdir=""):
    import_files, agree_files = SOURCES[subdir]
    messages = import_messages(import_files)
    rows = agree_rows(agree_files)
    programs = sorted(glob.glob(os.path.join(ROOT, subdir, "*.py")))
    if not subdir:
        programs += sorted(glob.glob(os.path.join(ROOT, "timing", "*.py")))
    print("| program | kind | bug | import | claim (outcomes) | CPython states (runs) | verdict | bug found | timing |")
    print("|---|---|---|---|---|---|---|---|---|")
    for program in programs:
        name = os.path.basename(program)[:-3]
        bug = open(program).readline().startswith("# BUG")
        kind = "timing" if name.startswith("tm") else KINDS.get(name[0], "?")
        row = rows.get(name)
        if row is None:
            message = messages.get(name)
            state = f"refused: {message[:170]}" if message else ("imports, not run" if message == "" else "not tried")
            print(f"| {name} | {kind} | {'yes' if bug else ''} | {state} | | | | | |")
            continue
        claim = row["weft_claim"]
        listed = statuses(row)
        found = ("yes" if listed - {"ok"} else "NO") if bug else ""
        states = ", ".join(f"{k.split()[0]} x{v}" for k, v in row["observed"].items())
        missing = len(row["not_predicted"])
        if missing == 0:
            verdict = "agrees"
        elif claim and "64-bit integers" in claim:
            verdict = f"{missing} state(s) missing under the named bound ({claim})"
        elif claim and claim.startswith("complete"):
            verdict = f"**SILENT: {missing} state(s) missing**"
        else:
            verdict = f"{missing} state(s) missing, claim {claim}"
        timing = ""
        if "timing" in row:
            t = row["timing"]
            timing = f"weft {t['weft_makespan_ms']} ms, CPython median {t['cpython_wall_median_ms']} ms ({t['error_percent']}%), fastest {t['cpython_wall_min_ms']} ms ({t['error_percent_of_fastest']}%)"
        print(f"| {name} | {kind} | {'yes' if bug else ''} | ok | {claim} ({row['weft_outcomes']}) | {states} | {verdict} | {found} | {timing} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
