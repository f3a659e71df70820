"""One line per agree.py row in results/agree.txt: program, verdict, weft's outcomes and claim, CPython's states."""
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "results/agree.txt"
for line in open(path):
    if not line.startswith("{"):
        continue
    row = json.loads(line)
    verdict = "MISS" if row.get("not_predicted") else "agree"
    vacuous = " (no module state compared)" if list(row["observed"]) in (["ok "], ["ok"]) else ""
    print(f'{row["program"]:32} {verdict}{vacuous} weft={row["weft_outcomes"]} [{row["weft_claim"]}] cpython={len(row["observed"])} missed={list(row["not_predicted"])[:2]}'[:400])
