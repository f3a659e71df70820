"""CPython's printed state (RUNS runs) against the same values read from every outcome of weft explore."""
import glob
import json
import os
import subprocess
import sys

WEFT = os.environ.get("WEFT", "/work/notes/s36/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")


def normal(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, tuple)):
        return [normal(v) for v in value]
    return value


def weft_state(shared):
    log = sorted((shared.get(f"log[{i}]") for i in range(shared.get("len(log)", 0))), key=str)
    return [shared.get("a_balance"), shared.get("b_balance"), shared.get("len(a_history)"), shared.get("len(b_history)"),
            shared.get("a_tags_ops"), shared.get("b_tags_ops"), sorted(log)]


for program in sys.argv[1:] or sorted(glob.glob("o*.py")):
    seen = set()
    for _ in range(int(os.environ.get("RUNS", "20"))):
        done = subprocess.run([PY, program], capture_output=True, text=True, timeout=20)
        seen.add(json.dumps(normal(eval(done.stdout.strip().splitlines()[-1]))) if done.returncode == 0 else "fault")
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        print(program, "REFUSED", next((l for l in imported.stderr.splitlines() if "×" in l), "")[:150])
        continue
    report = json.loads(subprocess.run([WEFT, "explore", "--json", "--time-limit", "20s", program], capture_output=True, text=True).stdout)
    listed = set()
    for o in report["outcomes"]:
        listed.add(json.dumps(normal(weft_state(o["shared"]["main"]))) if o["status"] == "ok" else o["status"])
    missed = seen - listed
    print(program, "MISS" if missed else "agree", f"cpython {len(seen)} weft {len(listed)} {report.get('claim')}", "missed:", sorted(missed)[:2])
