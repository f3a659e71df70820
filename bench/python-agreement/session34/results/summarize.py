# One line per agree.py result file: program, verdict, weft outcomes, claim, CPython states, missed.
import json, sys
for path in sys.argv[1:]:
    for line in open(path):
        if line.startswith("{"):
            r = json.loads(line)
            verdict = "MISS" if r.get("not_predicted") else "agree"
            compared = r.get("compared", "")
            print(r["program"], verdict, "weft", r.get("weft_outcomes"), "|", r.get("weft_claim"), "| cpython", len(r.get("observed", {})), r.get("observed"), "| missed", r.get("not_predicted"), compared)
