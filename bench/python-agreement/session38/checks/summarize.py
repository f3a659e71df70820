"""One row per results/NAME.agree.txt: weft's outcomes and claim, CPython's distinct states, how many
weft did not predict, and what agree.py compared."""
import glob
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "..", "results", "*.agree.txt"))):
    rows = [json.loads(l) for l in open(path) if l.startswith("{")]
    name = os.path.basename(path)[: -len(".agree.txt")]
    if not rows:
        print(f"{name:28} no JSON row: {open(path).read()[-200:]!r}")
        continue
    r = rows[-1]
    missed = len(r.get("not_predicted", {}))
    states = len(r.get("observed", {}))
    verdict = "MISS" if missed else "agree"
    print(f"{name:28} {verdict} {states - missed}/{states} weft {r.get('weft_outcomes')} {r.get('weft_claim')}; "
          f"compared {r.get('compared')} ({r.get('compared_names')} names)")
