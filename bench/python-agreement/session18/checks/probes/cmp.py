"""Compares weft explore's outcomes for x with CPython's final x for each probe file given."""
import json, subprocess, sys
PY = "/root/.pyenv/versions/3.11.7/bin/python"
H = "/work/wt-s18probe/bench/python-agreement/harness.py"
for path in sys.argv[1:]:
    w = subprocess.run(["/work/notes/s18/weft-start", "explore", path, "--json"], capture_output=True, text=True)
    c = subprocess.run([PY, H, path], capture_output=True, text=True)
    cx = json.loads(c.stdout.strip().splitlines()[-1])
    cval = (cx["status"], cx["shared"].get("x"))
    if w.returncode not in (0, 1) and not w.stdout.strip().startswith("{"):
        print(path, "REFUSED", w.stderr.strip().splitlines()[0][:140] if w.stderr.strip() else w.returncode, "| cpython", cval)
        continue
    r = json.loads(w.stdout)
    vals = [(o["status"], o["shared"].get("main", {}).get("x")) for o in r["outcomes"]]
    verdict = "same" if vals == [cval] else "DIFF"
    print(path, verdict, "complete" if r["complete"] else "incomplete", "weft", vals, "| cpython", cval)
