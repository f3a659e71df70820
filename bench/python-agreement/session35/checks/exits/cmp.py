"""CPython: did the thread finish (its print)? weft: the final `state` of each outcome (2 = finished)."""
import glob
import json
import os
import subprocess

WEFT = os.environ.get("WEFT", "/work/notes/s35/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")
for program in sorted(glob.glob("*__*.py")):
    done = subprocess.run([PY, program], capture_output=True, text=True, timeout=20)
    finished = "thread finished" in done.stdout
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), "")
        print(f"{program[:-3]:28} cpython thread finished={finished} rc={done.returncode} | REFUSED {first.strip()[:110]}")
        continue
    report = json.loads(subprocess.run([WEFT, "explore", "--json", "--time-limit", "8s", program], capture_output=True, text=True).stdout)
    states = sorted({f"{o['status']} state={o['shared'].get('main', {}).get('state')}" for o in report["outcomes"]})
    want = "state=2" if finished else "state=1"
    verdict = "agree" if any(s.endswith(want) for s in states) and all(s.endswith(want) for s in states) else "MISS "
    print(f"{program[:-3]:28} {verdict} cpython thread finished={finished} rc={done.returncode} | weft {states} | {report.get('claim')}")
