"""Prints the markdown table of the checks and repros: first line, import verdict at weft-start
(results/imports-start-all.txt) and agree.py's row (results/NAME.agree.txt).
Usage: python3 results/checks_table.py > results/checks.md  (run from bench/python-agreement/session17)"""
import glob
import json
import os

verdicts = {}
for line in open("results/imports-start-all.txt", encoding="utf-8"):
    parts = line.rstrip("\n").split(" ", 2)
    verdicts[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
print("| check | what it probes | import (weft-start) | agree.py (10 runs) |")
print("|---|---|---|---|")
for path in sorted(glob.glob("checks/*.py")) + sorted(glob.glob("repro/*.py")):
    name = os.path.basename(path)[:-3]
    first = open(path, encoding="utf-8").readline().strip("# \n")
    status, message = verdicts.get(path, ("?", ""))
    verdict = "imports" if status == "rc=0" else "refused: " + message.replace("×", "").replace("│", "").replace("|", "/").strip()[:160]
    result = ""
    agree_path = f"results/{name}.agree.txt"
    if os.path.exists(agree_path):
        rows = [line for line in open(agree_path, encoding="utf-8") if line.startswith("{")]
        if rows:
            row = json.loads(rows[-1])
            failures = [w for w in row["weft_only"] if not w.startswith("ok")]
            result = ("**CPython state missing** " + json.dumps(row["not_predicted"])[:120].replace("|", "/") if row["not_predicted"] else "agrees")
            result += f"; complete={str(row['weft_complete']).lower()}" + (f"; weft-only failures {failures}" if failures else "")
    print(f"| {path} | {first[:110].replace('|', '/')} | {verdict} | {result} |")
