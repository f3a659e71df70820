"""CPython's `log` (one run: these programs are deterministic) against every outcome weft explore lists."""
import glob
import json
import os
import subprocess
import sys

WEFT = os.environ.get("WEFT", "/work/notes/s36/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")

for program in sys.argv[1:] or sorted(glob.glob("*__*.py")):
    done = subprocess.run([PY, program], capture_output=True, text=True, timeout=20)
    want = done.stdout.strip().splitlines()[-1] if done.returncode == 0 else "fault"
    name = program[:-3]
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), imported.stderr[:120])
        print(f"{name:40} REFUSED {first.strip()[:150]}")
        continue
    ex = subprocess.run([WEFT, "explore", "--json", "--time-limit", "10s", program], capture_output=True, text=True)
    try:
        report = json.loads(ex.stdout)
    except ValueError:
        print(f"{name:40} WEFT-ERROR {ex.stderr.strip()[:150]}")
        continue
    seen = set()
    for o in report["outcomes"]:
        shared = o.get("shared", {}).get("main", {})
        items = [shared.get(f"log[{i}]") for i in range(shared.get("len(log)", 0))]
        seen.add(str(items) if o["status"] == "ok" else o["status"])
    verdict = "agree" if want in seen else "MISS "
    print(f"{name:40} {verdict} cpython {want} | weft {sorted(seen)} | {report.get('claim')}")
