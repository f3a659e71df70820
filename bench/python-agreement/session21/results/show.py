"""One line per agree.py result file: claim, agree or NOT_PREDICTED, the states. Usage: show.py FILES"""
import json
import sys

for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1].replace(".agree.txt", "")
    found = False
    for line in open(path):
        if line.startswith("{"):
            found = True
            d = json.loads(line)
            verdict = "NOT_PREDICTED" if d.get("not_predicted") else "agree"
            print(f"{name}: {d.get('weft_claim')} ({d.get('weft_outcomes')}) {verdict}")
            if d.get("not_predicted"):
                print("   missing:", json.dumps(d["not_predicted"])[:600])
            print("   cpython:", json.dumps(d.get("observed"))[:400])
            print("   weft_only:", json.dumps(d.get("weft_only"))[:400])
            if "timing" in json.dumps(d) or "makespan" in d:
                print("   timing:", {k: v for k, v in d.items() if "ms" in k or "wall" in k or "makespan" in k or "timing" in k})
        elif line.startswith("RuntimeError"):
            found = True
            print(f"{name}: ERROR {line[:300].strip()}")
    if not found:
        print(f"{name}: (no result yet)")
