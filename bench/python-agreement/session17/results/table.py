"""Prints the markdown table of the 40 programs (and their variants): the first line's bug note, the import
verdict at weft-start (results/imports-start-all.txt), and agree.py's row (results/NAME.agree.txt).
Usage: python3 results/table.py  (run from bench/python-agreement/session17)"""
import glob
import json
import os

verdicts = {}
for line in open("results/imports-start-all.txt", encoding="utf-8"):
    path, status = line.split()[:2]
    verdicts[path] = (status == "rc=0", line.split(" ", 2)[2].strip() if len(line.split(" ", 2)) > 2 else "")


def agree_row(name):
    path = f"results/{name}.agree.txt"
    if not os.path.exists(path):
        return None
    lines = [line for line in open(path, encoding="utf-8") if line.startswith("{")]
    return json.loads(lines[-1]) if lines else None


def cell(path):
    name = os.path.basename(path)[:-3]
    imported, message = verdicts.get(path, (False, "?"))
    if not imported:
        return "refused", "", "", ""
    row = agree_row(name)
    if row is None:
        return "imports", "not run", "", ""
    observed = ", ".join(f"{k[:40]} ({v})" for k, v in row["observed"].items())
    agrees = "**no**" if row["not_predicted"] else "yes"
    failures = [w for w in row["weft_only"] if not w.startswith("ok")]
    return "imports", agrees, str(row["weft_complete"]).lower(), f"{row['weft_outcomes']} outcomes; weft-only failures: {failures or '-'}"


print("| program | bug (first line) | import | agrees | complete | weft |")
print("|---|---|---|---|---|---|")
for path in sorted(glob.glob("[atfqm][0-9][0-9]_*.py")):
    first = open(path, encoding="utf-8").readline().strip("# \n")
    bug = first.split(":")[0] + (": " + first.split(":")[1].strip() if first.startswith("bug") else "")
    variants = sorted(glob.glob(f"variants/{path[:-3]}_v*.py"))
    print(f"| {path[:-3]} | {bug[:60]} | " + " | ".join(cell(path)) + " |")
    for variant in variants:
        if verdicts.get(variant, (False,))[0]:
            print(f"| &nbsp;&nbsp;{variant[9:-3]} | | " + " | ".join(cell(variant)) + " |")
