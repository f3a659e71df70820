import re, subprocess, sys, json
W = "/work/notes/s34/weft-start"
PY = "/root/.pyenv/versions/3.11.7/bin/python"
import os
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")
bad = []
n = 0
for s in range(int(sys.argv[1]), int(sys.argv[2])):
    p = f"p{s}.py"
    if not os.path.exists(p): continue
    src = open(p).read()
    if "threading.Thread(target=worker" not in src: continue
    try:
        cp = subprocess.run([PY, p], capture_output=True, text=True, timeout=5)
    except subprocess.TimeoutExpired:
        continue
    if cp.returncode != 0: continue
    expected = cp.stdout.strip().splitlines()[-1]
    want = "fault" if "Exception in thread" in cp.stderr else "ok"
    imp = subprocess.run([W, "import", p], capture_output=True, text=True)
    if imp.returncode != 0: continue
    ex = subprocess.run([W, "explore", "--json", "--time-limit", "10s", p], capture_output=True, text=True)
    try:
        r = json.loads(ex.stdout)
    except Exception:
        bad.append((p, "explore failed", ex.stderr[:200])); continue
    n += 1
    got = []
    for o in r["outcomes"]:
        sh = o.get("shared", {}).get("main", {})
        length = sh.get("len(log)", 0)
        items = [sh.get(f"log[{i}]") for i in range(length)]
        got.append((o["status"], items))
    exp_items = eval(expected)
    if not any(st == want and items == exp_items for st, items in got):
        bad.append((p, expected, got[:3], r["claim"]))
print("compared", n)
for b in bad: print(b)
