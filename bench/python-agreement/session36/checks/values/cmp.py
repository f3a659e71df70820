"""CPython's printed repr(result) against `result` in every outcome of weft explore --json."""
import glob
import json
import os
import subprocess
import sys

WEFT = os.environ.get("WEFT", "/work/notes/s36/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")
for program in sys.argv[1:] or sorted(glob.glob("v_*.py")):
    done = subprocess.run([PY, program], capture_output=True, text=True, timeout=20)
    want = done.stdout.strip() if done.returncode == 0 else "fault"
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    name = program[:-3]
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), imported.stderr[:120])
        print(f"{name:28} REFUSED cpython {want} | {first.strip()[:140]}")
        continue
    ex = subprocess.run([WEFT, "explore", "--json", "--time-limit", "10s", program], capture_output=True, text=True)
    try:
        report = json.loads(ex.stdout)
    except ValueError:
        print(f"{name:28} WEFT-ERROR cpython {want} | {ex.stderr.strip()[:200]}")
        continue
    got = sorted({(o["status"], json.dumps(o.get("shared", {}).get("main", {}).get("result"))) for o in report["outcomes"]})
    print(f"{name:28} cpython {want:24} | weft {got} | {report.get('claim')}")
