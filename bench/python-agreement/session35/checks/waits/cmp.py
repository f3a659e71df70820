"""Each wait_for program: CPython's (value, conserved) against weft's outcomes; a weft outcome with
conserved = 0 is one CPython cannot reach (an item or a permit lost)."""
import glob
import json
import os
import subprocess
import sys

WEFT = os.environ.get("WEFT", "/work/notes/s35/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")
for program in sys.argv[1:] or sorted(glob.glob("*__*.py")):
    runs = {subprocess.run([PY, program], capture_output=True, text=True, timeout=20).stdout.strip() for _ in range(3)}
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), "")
        print(f"{program[:-3]:20} REFUSED {first.strip()[:120]}")
        continue
    ex = subprocess.run([WEFT, "explore", "--json", "--time-limit", "15s", program], capture_output=True, text=True)
    report = json.loads(ex.stdout)
    outcomes = {}
    for o in report["outcomes"]:
        main = o["shared"].get("main", {})
        key = f"{o['status']} conserved={main.get('conserved')}"
        outcomes[key] = outcomes.get(key, 0) + o.get("count", 1)
    lost = sum(n for k, n in outcomes.items() if not k.endswith("conserved=1"))
    print(f"{program[:-3]:20} cpython {sorted(runs)} | weft {outcomes} | {'FALSE ' + str(lost) + ' schedules' if lost else 'ok'} | {report['schedules']} schedules, {report.get('claim')}")
