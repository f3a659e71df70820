#!/bin/bash
# agree.py on each check given (5 runs each), one line per check: program, CPython states, weft outcomes, verdict.
# usage (from the repository's root): bash bench/python-agreement/session37/checks/agree_checks.sh PROG.py ...
W=${WEFT:-/work/notes/s37/weft-start}
PY=~/.pyenv/versions/3.11.7/bin/python
for f in "$@"; do
  if ! $W import $f > /dev/null 2> /tmp/agree_checks.$$.err; then
    echo "$(basename $f) REFUSED $(grep -m1 '×' /tmp/agree_checks.$$.err | sed 's/.*\.py:/:/' | cut -c1-200)"
    continue
  fi
  python3 bench/python-agreement/agree.py --weft $W --python $PY --runs ${RUNS:-5} --time-limit 30s --timeout 10 $f 2>&1 \
    | python3 -c '
import json, sys
name = sys.argv[1]
for line in sys.stdin:
    line = line.strip()
    if line.startswith("{"):
        row = json.loads(line)
        verdict = "MISS" if row.get("not_predicted") else "agree"
        print(name, verdict, row.get("weft_outcomes"), "|", row.get("weft_claim"), "| cpython", row.get("observed"), "| missed", row.get("not_predicted"), "| weft only", row.get("weft_only"))
' $(basename $f)
done
rm -f /tmp/agree_checks.$$.err
