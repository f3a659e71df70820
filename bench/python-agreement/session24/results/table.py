"""One line per agree.py result in a results file: program, weft's outcomes and claim, CPython's states, verdict."""
import json
import sys

name = None
for line in open(sys.argv[1]):
    if line.startswith("==="):
        name = line.split("/")[-1].strip()
    elif line.startswith("{"):
        row = json.loads(line)
        verdict = "AGREE" if not row["not_predicted"] else "MISSING " + json.dumps(row["not_predicted"])
        timing = row.get("timing") or {k: v for k, v in row.items() if "makespan" in k or "wall" in k or "percent" in k}
        observed = ", ".join(f"{k.split()[0]}x{v}" for k, v in row["observed"].items())
        print(f"{name}\t{row['weft_outcomes']}\t{row['weft_claim']}\t{observed}\t{verdict}\tweft_only={len(row['weft_only'])}\t{timing if timing else ''}")
    elif line.startswith("Traceback") or "Error" in line[:40]:
        print(f"{name}\tERROR {line.strip()[:200]}")
