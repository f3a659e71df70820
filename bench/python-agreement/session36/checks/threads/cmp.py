"""CPython's log (3 runs, must be equal) against the ordered `log` of every outcome weft explore lists."""
import glob
import json
import os
import subprocess
import sys

WEFT = os.environ.get("WEFT", "/work/notes/s36/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")


def normal(text):
    """weft's log items: ints stay ints, strings stay strings (the printed list as it is)."""
    return text


def cpython(program):
    logs = set()
    for _ in range(int(os.environ.get('RUNS', '30'))):
        try:
            done = subprocess.run([PY, program], capture_output=True, text=True, timeout=10)
        except subprocess.TimeoutExpired:
            logs.add(("deadlock", ""))
            continue
        status = "ok" if done.returncode == 0 else "fault"
        lines = done.stdout.strip().splitlines()
        logs.add((status, normal(lines[-1]) if lines else ""))
    return logs


def weft(program):
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), imported.stderr[:120])
        return None, first.strip()[:160]
    ex = subprocess.run([WEFT, "explore", "--json", "--time-limit", "20s", program], capture_output=True, text=True)
    try:
        report = json.loads(ex.stdout)
    except ValueError:
        return None, "weft error: " + ex.stderr.strip()[:160]
    outcomes = set()
    for o in report["outcomes"]:
        shared = o.get("shared", {}).get("main", {})
        items = [shared.get(f"log[{i}]") for i in range(shared.get("len(log)", 0))]
        outcomes.add((o["status"], str(items) if o["status"] == "ok" else ""))
    return outcomes, report.get("claim")


for program in sys.argv[1:] or sorted(glob.glob("h*.py")):
    observed = cpython(program)
    outcomes, claim = weft(program)
    name = os.path.basename(program)[:-3]
    if outcomes is None:
        print(f"{name} REFUSED {claim}")
        continue
    missed = [o for o in observed if (o[0], o[1] if o[0] == "ok" else "") not in outcomes]
    verdict = "MISS " if missed else "agree"
    print(f"{name} {verdict} cpython {sorted(observed)} | weft {len(outcomes)} outcomes {sorted(outcomes)[:2]} | {claim}")
