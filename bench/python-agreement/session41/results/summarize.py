"""One line per agree row of session 41 (the 40 programs and the checks), with every MISS.

    python3 bench/python-agreement/session41/results/summarize.py > bench/python-agreement/session41/results/summary.txt
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def rows(pattern):
    for path in sorted(glob.glob(pattern)):
        row = None
        for line in open(path):
            if line.startswith("{"):
                row = json.loads(line)
        yield path, row


for title, pattern in (("programs", os.path.join(HERE, "*.agree.txt")), ("checks", os.path.join(HERE, "checks", "*.agree.txt"))):
    print(f"## {title}")
    for path, row in rows(pattern):
        if row is None:
            print(f"{os.path.basename(path)}: no row")
            continue
        miss = row["not_predicted"]
        claim = row["weft_claim"]
        verdict = "agree" if not miss else ("MISS (silent?)" if claim.startswith("complete") else "miss (incomplete)")
        extra = " status only" if row.get("compared") == "status only" else ""
        print(f"{row['program']:<44} {verdict:<18} {claim} | weft {row['weft_outcomes']} | CPython {len(row['observed'])} states{extra}")
        for state, n in miss.items():
            print(f"    not predicted ({n}x): {state[:300]}")
