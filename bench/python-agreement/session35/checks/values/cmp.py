"""Each value program: CPython's printed str() against the `out[0]` of every weft outcome."""
import glob
import json
import os
import subprocess

WEFT = os.environ.get("WEFT", "/work/notes/s35/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")
for program in sorted(glob.glob("v*.py")):
    expression = open(program).readline().split("str(", 1)[1].rsplit(") computed", 1)[0]
    cpython = subprocess.run([PY, program], capture_output=True, text=True).stdout.strip()
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), "")
        print(f"{program:6} {expression:26} REFUSED {first.split(': ', 1)[-1][:90]}")
        continue
    report = json.loads(subprocess.run([WEFT, "explore", "--json", "--time-limit", "8s", program], capture_output=True, text=True).stdout)
    values = sorted({f"{o['status']}:{o['shared'].get('main', {}).get('out[0]')}" for o in report["outcomes"]})
    verdict = "agree" if values == [f"ok:{cpython}"] else "MISS "
    print(f"{program:6} {expression:26} {verdict} cpython {cpython!r} | weft {values}")
