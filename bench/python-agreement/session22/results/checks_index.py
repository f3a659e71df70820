"""results/checks-index.md: every check with its import status (weft-start) and its agree.py verdict.

Run from bench/python-agreement/session22: python3 results/checks_index.py > results/checks-index.md
"""
import glob
import json
import os
import subprocess

WEFT = "/work/notes/s22/weft-start"


def latest_records():
    latest = {}
    for path in sorted(glob.glob("results/checks[0-9].txt")):
        for line in open(path):
            if line.startswith("{"):
                record = json.loads(line)
                latest[record["program"]] = record
    return latest


def import_status(program):
    done = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if done.returncode == 0:
        return True, "imports"
    first = [line for line in done.stderr.splitlines() if "×" in line]
    message = first[0].split(": ", 1)[1].strip() if first else "?"
    return False, "refused: " + message.replace("|", "\\|")[:110]


def verdict(record):
    if not record["not_predicted"]:
        word = "agree"
    elif record["weft_claim"].startswith("complete"):
        word = "**SILENT**"
    else:
        word = "missing (incomplete)"
    return f"{word} ({record['weft_claim']})"


def main():
    latest = latest_records()
    print("| check | aim (from its name) | import | agree.py verdict |")
    print("|---|---|---|---|")
    programs = sorted(glob.glob("checks/c*.py"), key=lambda p: int(os.path.basename(p)[1:].split("_")[0]))
    for program in programs:
        name = os.path.basename(program)
        imports, status = import_status(program)
        record = latest.get(name)
        cell = verdict(record) if record else ("explored by hand (README)" if imports else "")
        print(f"| {name} | {name.split('_', 1)[1][:-3].replace('_', ' ')} | {status} | {cell} |")


main()
