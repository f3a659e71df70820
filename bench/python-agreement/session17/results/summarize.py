"""One line per agree.py result under results/ (NAME.agree.txt or NAME.agree-SUFFIX.txt):
program, weft's outcome count, complete, the CPython states weft does not list and weft's failure outcomes.
Usage: python3 results/summarize.py [SUFFIX]  (run from bench/python-agreement/session17)"""
import glob
import json
import sys

suffix = sys.argv[1] if len(sys.argv) > 1 else ""
for path in sorted(glob.glob(f"results/*.agree{suffix}.txt")):
    lines = [line for line in open(path, encoding="utf-8").read().splitlines() if line.startswith("{")]
    if not lines:
        print(path, "NO RESULT")
        continue
    row = json.loads(lines[-1])
    missing = row["not_predicted"]
    failures = [w for w in row["weft_only"] if not w.startswith("ok")]
    print(
        f"{row['program']:45} outcomes={row['weft_outcomes']:<4} complete={str(row['weft_complete']):5} "
        f"observed={sum(row['observed'].values())} "
        + (f"NOT_PREDICTED={json.dumps(missing)[:160]} " if missing else "agree ")
        + (f"weft_only_failures={failures}" if failures else "")
    )
