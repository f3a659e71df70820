"""One line per agree.txt given: agreement, completeness, counts, the failures only weft lists, CPython's states."""
import json
import sys

for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1].replace(".agree.txt", "")
    text = open(path).read()
    lines = [line for line in text.splitlines() if line.startswith("{")]
    if not lines:
        print(name, "REFUSED:", (text.strip().splitlines() or ["?"])[0].strip(" ×")[:160])
        continue
    r = json.loads(lines[-1])
    fails = [s[:60] for s in r["weft_only"] if not s.startswith("ok")]
    print(name, "agree" if not r["not_predicted"] else "DISAGREE", "complete" if r["weft_complete"] else "incomplete",
          f"weft={r['weft_outcomes']} cpython={len(r['observed'])}", "weft-only failures:", fails,
          "| cpython:", [s[:70] for s in r["observed"]][:2])
