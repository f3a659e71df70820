"""Builds results/summary.md from the raw NAME.import.* and NAME.agree.txt files (no weft or Python run)."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"t": "threading", "q": "queue", "f": "futures", "a": "asyncio", "m": "multiprocessing", "tm": "timing"}


def kind_of(name):
    return KINDS["tm"] if name.startswith("tm") else KINDS[name[0]]


def bug_line(path):
    first = open(path, encoding="utf-8").readline()
    return first[len("# BUG: "):].strip() if first.startswith("# BUG:") else ""


def agree_row(name):
    path = os.path.join(HERE, f"{name}.agree.txt")
    if not os.path.exists(path):
        return None
    for line in open(path, encoding="utf-8"):
        if line.startswith("{"):
            return json.loads(line)
    return None


def refusal(name):
    path = os.path.join(HERE, f"{name}.import.err")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    lines = text.splitlines()
    if not lines:
        return ""
    message = lines[0].strip().lstrip("×").strip()
    for line in lines[1:]:
        if line.strip().startswith("│"):
            message += " " + line.strip().lstrip("│").strip()
        else:
            break
    return message


def main():
    programs = sorted(glob.glob(os.path.join(ROOT, "*.py"))) + sorted(glob.glob(os.path.join(ROOT, "timing", "*.py")))
    out = ["| program | kind | bug | import | weft outcomes | claim | CPython states | not predicted | weft-only | bug found | timing (weft / CPython median / min, error % median / fastest) |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for path in programs:
        name = os.path.basename(path)[:-3]
        bug = bug_line(path)
        row = agree_row(name)
        rc = open(os.path.join(HERE, f"{name}.import.rc")).read().strip()
        if row is None:
            out.append(f"| {name} | {kind_of(name)} | {'yes' if bug else ''} | refused: {refusal(name)} | | | | | | | |")
            continue
        states = list(row["observed"]) + list(row["weft_only"])
        found = any(not s.startswith("ok") for s in states) if bug else ""
        timing = row.get("timing")
        timing_text = ""
        if timing:
            timing_text = (f"{timing['weft_makespan_ms']} / {timing['cpython_wall_median_ms']} / {timing['cpython_wall_min_ms']} ms,"
                           f" {timing['error_percent']} / {timing['error_percent_of_fastest']}")
        import_text = "ok" if rc == "0" else "ok via agree.py (CALIBRATED)"
        out.append(f"| {name} | {kind_of(name)} | {'yes' if bug else ''} | {import_text} | {row['weft_outcomes']} | {row['weft_claim']} |"
                   f" {len(row['observed'])} | {len(row['not_predicted'])} | {len(row['weft_only'])} | {found} | {timing_text} |")
    with open(os.path.join(HERE, "summary.md"), "w", encoding="utf-8") as summary:
        summary.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
