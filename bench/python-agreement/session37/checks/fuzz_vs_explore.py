"""Usage: python3 checks/fuzz_vs_explore.py PROG.py ...: for a program weft explores completely, every
outcome `weft fuzz` finds (random and pct policies, 400 seeds each (session 37: fewer seeds, the machine is loaded)) must be among explore's outcomes;
one fuzz finds that explore does not list, under a "complete" claim, is a wrong claim.
results/fuzz_vs_explore.txt."""
import json
import subprocess
import sys

W = "/work/notes/s37/weft-start"


def key(outcome):
    return (outcome["status"], json.dumps(outcome.get("shared", {}), sort_keys=True))


for prog in sys.argv[1:]:
    ex = json.loads(subprocess.run([W, "explore", "--json", "--time-limit", "30s", prog], capture_output=True, text=True).stdout)
    listed = {key(o) for o in ex["outcomes"]}
    found = set()
    for policy in ("random", "pct"):
        fz = subprocess.run([W, "fuzz", "--json", "--seeds", "0..400", "--policy", policy, "--jobs", "1", prog], capture_output=True, text=True)
        try:
            report = json.loads(fz.stdout)
        except ValueError:
            print(prog, "FUZZ ERROR", fz.stderr[:200])
            continue
        for o in report.get("outcomes", []):
            found.add(key(o))
    extra = found - listed
    claim = ex.get("claim")
    verdict = "WRONG-CLAIM" if extra and claim.startswith("complete") else ("extra" if extra else "ok")
    print(f"{prog}: {verdict} | explore {len(listed)} ({claim}) | fuzz {len(found)} | fuzz-only {len(extra)}")
    for k in sorted(extra)[:2]:
        print("    fuzz-only:", k[0], k[1][:300])
