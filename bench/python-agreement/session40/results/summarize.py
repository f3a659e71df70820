import json, glob, os, sys
files = glob.glob("/work/wt-probe/bench/python-agreement/session40/results/*.agree.txt") + glob.glob("/work/wt-probe/bench/python-agreement/session40/checks/results/*.agree.txt") + glob.glob("/work/wt-probe/bench/python-agreement/session40/repro/results/*.agree.txt")
for f in sorted(files):
    for line in open(f):
        if line.startswith("{"):
            r = json.loads(line)
            np = r.get("not_predicted", {})
            obs = r.get("observed", {})
            print(f"{r['program']:<36} outcomes={r.get('weft_outcomes')} claim={r.get('weft_claim')!r} observed={len(obs)} MISS={len(np)} compared={r.get('compared_names', r.get('compared'))} {'' if not r.get('error') else r.get('error')}")
            for k in np: print("    MISS:", k[:300])
            statuses = {k.split()[0] for k in obs}
            if statuses != {"ok"}: print("    cpython statuses:", statuses)
