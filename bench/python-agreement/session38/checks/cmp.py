"""For each check program: CPython's final `log` and status over several runs against the outcomes
`weft explore --json` lists (copied from session37/checks/cmp.py). A program whose text holds
`# ordered` is compared in log order; the others sorted. Each program prints `log` (or its sorted form)
on its last line. usage: python3 cmp.py PROG.py ... (RUNS=5 by default; WEFT= the binary)."""
import json
import os
import subprocess
import sys

WEFT = os.environ.get("WEFT", "/work/notes/s38/weft-start")
PY = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")
RUNS = int(os.environ.get("RUNS", "5"))


def without_bools(value):
    """weft holds a bool as 1 or 0 (its text, where the program makes one, says True or False)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, tuple):
        return tuple(without_bools(v) for v in value)
    return value


def cpython_states(program, ordered):
    states = set()
    for _ in range(RUNS):
        try:
            done = subprocess.run([PY, program], capture_output=True, text=True, timeout=20)
        except subprocess.TimeoutExpired:
            states.add(("deadlock", None))
            continue
        failed = done.returncode != 0 or "Exception in thread" in done.stderr
        if failed:
            states.add(("fault", None))
            continue
        lines = done.stdout.strip().splitlines()
        log = [str(without_bools(x)) for x in eval(lines[-1], {"inf": float("inf"), "nan": float("nan")})] if lines else []
        states.add(("ok", tuple(log if ordered else sorted(log))))
    return states


def as_tuple(value):
    """weft's JSON gives a tuple value as an array (a list is a variable of its own, never a value)."""
    return tuple(as_tuple(v) for v in value) if isinstance(value, list) else value


def weft_outcomes(program, ordered):
    imported = subprocess.run([WEFT, "import", program], capture_output=True, text=True)
    if imported.returncode != 0:
        first = next((l for l in imported.stderr.splitlines() if "×" in l), imported.stderr[:160])
        return None, first.strip()[:160]
    ex = subprocess.run([WEFT, "explore", "--json", "--time-limit", "20s", program], capture_output=True, text=True)
    try:
        report = json.loads(ex.stdout)
    except json.JSONDecodeError:
        return None, "explore: " + (ex.stderr.strip().splitlines() or ["?"])[-1][:160]
    outcomes = set()
    for o in report["outcomes"]:
        shared = o.get("shared", {}).get("main", {})
        length = shared.get("len(log)", 0)
        items = [str(as_tuple(shared.get(f"log[{i}]"))) for i in range(length)]
        outcomes.add((o["status"] if o["status"] in ("ok", "deadlock") else "fault",
                      tuple(items if ordered else sorted(items)) if o["status"] == "ok" else None))
    return outcomes, report.get("claim")


for program in sys.argv[1:]:
    ordered = "# ordered" in open(program).read()
    states = cpython_states(program, ordered)
    outcomes, claim = weft_outcomes(program, ordered)
    name = os.path.basename(program)[:-3]
    if outcomes is None:
        print(f"{name:46} REFUSED {claim}", flush=True)
        continue
    missed = states - outcomes
    shown = sorted(f"{s} {list(l) if l is not None else ''}" for s, l in outcomes)
    verdict = "MISS " if missed else "agree"
    print(f"{name:46} {verdict} cpython {sorted(map(str, states))[:3]} | weft {shown[:4]}{' +%d' % (len(shown) - 4) if len(shown) > 4 else ''} | {claim}" + (f" | missed {sorted(map(str, missed))}" if missed else ""), flush=True)
