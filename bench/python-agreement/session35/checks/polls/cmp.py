"""Each poll program: CPython's printed `seen` and exit, against the statuses `weft explore` lists."""
import glob
import json
import os
import subprocess
import sys

WEFT = os.environ.get("WEFT", "/work/notes/s35/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")
for program in sys.argv[1:] or sorted(glob.glob("*__*.py")):
    done = subprocess.run([PY, program], capture_output=True, text=True, timeout=20)
    cpython = f"{'ok' if done.returncode == 0 else 'fault'} seen={done.stdout.strip()}"
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), "")
        print(f"{program[:-3]:42} REFUSED {first.strip()[:120]}")
        continue
    ex = subprocess.run([WEFT, "explore", "--json", "--time-limit", "8s", program], capture_output=True, text=True)
    report = json.loads(ex.stdout)
    statuses = sorted({f"{o['status']} seen={o['shared'].get('main', {}).get('seen')}" for o in report["outcomes"]})
    verdict = "agree" if f"{cpython}" in statuses or (cpython.startswith("ok") and "ok seen=1" in statuses) else "MISS "
    extra = "FALSE" if any(not s.startswith("ok seen=1") for s in statuses) else ""
    print(f"{program[:-3]:42} {verdict} {extra:5} cpython {cpython} | weft {statuses} {report['schedules']} schedules | {report.get('claim')}")
