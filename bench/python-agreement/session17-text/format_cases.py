"""Differential check of weft's `format(x, spec)` and `template % x` against the running CPython.

    python3 bench/python-agreement/session17-text/format_cases.py target/release/weft

Writes one scenario whose every case is a `try` around `r[i] = <case>` (an exception: `r[i] = None`),
runs it with weft, evaluates the same cases in this Python, and prints the cases that differ (a value,
or an exception on one side only). Session 17: 336 cases, 0 differ (CPython 3.11.7).
"""
import json
import os
import subprocess
import sys
import tempfile

VALUES = ["0", "7", "-255", "1234567", "'ab'", "'héllo'", "None"]
SPECS = ["", "5", "<5", ">5", "^6", "*^7", "05", "+", " ", "#x", "#o", "#b", "X", ",", "_", "010,", "0=10_",
         "+08", "c", ".2", "s", "d", "x", ">+6", "z", "=5", "10.3s", "#_x", "n"]
PERCENT = ["%s", "%5s", "%-5s|", "%.1s", "%r", "%d", "%05.3d", "%+d", "% d", "%x", "%#X", "%o", "%#o", "%c",
           "%5c", "%-6d|", "%i", "%u", "%%%s"]


def cases():
    for value in VALUES:
        for spec in SPECS:
            yield f"format({value}, {spec!r})", f"format({value}, {spec!r})"
        for template in PERCENT:
            yield f"{template!r} % {value}", f"{template!r} % ({value},)"


def main():
    weft = sys.argv[1]
    listed = list(cases())
    lines = ["name: format-cases", "shared: { r: {} }", "tasks:", "  main:", "    ops:"]
    for index, (expression, _) in enumerate(listed):
        quoted = expression.replace('"', '\\"')
        lines += [
            "      - try:",
            f'          do: [ {{ set: "r[{index}] = {quoted}" }} ]',
            f'          except: [ {{ classes: [Exception], do: [ {{ set: "r[{index}] = None" }} ] }} ]',
        ]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "format_cases.yaml")
        with open(path, "w") as out:
            out.write("\n".join(lines) + "\n")
        done = subprocess.run([weft, "run", path, "--json"], capture_output=True, text=True, check=True)
    shared = json.loads(done.stdout)["shared"]["main"]
    differ = 0
    for index, (expression, python) in enumerate(listed):
        try:
            expected = eval(python)
        except Exception:
            expected = None
        got = shared.get(f"r[{index}]", "missing")
        if got != expected:
            differ += 1
            print(f"{expression}: CPython {expected!r}, weft {got!r}")
    print(f"{len(listed)} cases, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
