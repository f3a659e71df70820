"""Each dropped-value program: CPython's sorted log against every weft outcome's."""
import glob
import json
import os
import subprocess

WEFT = os.environ.get("WEFT", "/work/notes/s35/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")
for program in sorted(glob.glob("*__*.py")):
    cpython = subprocess.run([PY, program], capture_output=True, text=True).stdout.strip()
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), "")
        print(f"{program[:-3]:32} REFUSED {first.split(': ', 1)[-1][:100]}")
        continue
    report = json.loads(subprocess.run([WEFT, "explore", "--json", "--time-limit", "8s", program], capture_output=True, text=True).stdout)
    logs = set()
    for o in report["outcomes"]:
        main = o["shared"].get("main", {})
        logs.add((o["status"], str(sorted(str(main.get(f"log[{i}]")) for i in range(main.get("len(log)", 0))))))
    verdict = "agree" if ("ok", cpython) in logs else "MISS "
    print(f"{program[:-3]:32} {verdict} cpython {cpython} | weft {sorted(logs)} | {report.get('claim')}")
