"""For each program: the names CPython's final state has that weft's outcomes never report (agree.py
compares only names both sides have, so a variable weft drops is never compared)."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import agree  # noqa: E402

WEFT = "/work/notes/s19/weft-start"
PYTHON = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python")

for program in sys.argv[1:]:
    report, names, outcomes = agree.explore(WEFT, os.path.abspath(program), "30s")
    cpython = agree.run_cpython(PYTHON, os.path.abspath(program), 5)
    flat = agree.flatten(cpython.get("shared", {}))
    missing = sorted(n for n in flat if n not in names)
    print(json.dumps({"program": program, "cpython_only_names": {n: flat[n] for n in missing}}))
