"""For each generated program: CPython's final log and status (one run: the programs are deterministic
but for order, and the log is compared sorted) against the outcomes `weft explore --json` lists."""
import glob
import json
import os
import subprocess

WEFT = os.environ.get("WEFT", "/work/notes/s36/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")


def cpython(program):
    done = subprocess.run([PY, program], capture_output=True, text=True, timeout=20)
    status = "ok" if done.returncode == 0 and "Exception in thread" not in done.stderr else "fault"
    lines = done.stdout.strip().splitlines()
    return status, (eval(lines[-1]) if lines else None)


def weft_outcomes(program):
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), imported.stderr[:120])
        return None, first.strip()[:150]
    ex = subprocess.run([WEFT, "explore", "--json", "--time-limit", "10s", program], capture_output=True, text=True)
    report = json.loads(ex.stdout)
    outcomes = []
    for o in report["outcomes"]:
        shared = o.get("shared", {}).get("main", {})
        length = shared.get("len(log)", 0)
        items = sorted(str(shared.get(f"log[{i}]")) for i in range(length))
        outcomes.append((o["status"], items))
    return outcomes, report.get("claim")


import sys
programs = sys.argv[1:] or sorted(glob.glob("*__*.py"))
for program in programs:
    status, log = cpython(program)
    outcomes, claim = weft_outcomes(program)
    if outcomes is None:
        print(f"{program[:-3]:50} REFUSED {claim}")
        continue
    want = (status, log if status == "ok" else None)
    hit = any(st == status and (status != "ok" or items == log) for st, items in outcomes)
    shown = sorted({f"{st} {items}" if st == "ok" else st for st, items in outcomes})
    print(f"{program[:-3]:50} {'agree' if hit else 'MISS '} cpython {status} {log if status == 'ok' else ''} | weft {shown[:3]} | {claim}")
