#!/bin/bash
# For each program given: CPython's last printed line, then weft's refusal or its explored outcomes (main's globals).
# usage: bash run_checks.sh PROG.py...   (WEFT=path/to/weft, default the session's start binary)
WEFT=${WEFT:-/work/notes/s30/weft-start}
PYTHON=${PYTHON:-$HOME/.pyenv/versions/3.11.7/bin/python}
summary='
import json, sys
d = json.load(sys.stdin)
print("  ", "schedules", d["schedules"], "|", d.get("claim"), "| stopped_by", d.get("stopped_by"))
for o in d["outcomes"][:8]:
    print("    ", o["count"], o["status"], o.get("shared", {}).get("main", {}))
'
for f in "$@"; do
  echo "== $f  [CPython: $(timeout 5 "$PYTHON" "$f" 2>/dev/null | tail -1)]"
  if ! "$WEFT" import "$f" > /dev/null 2> /tmp/run_checks.$$.err; then
    echo "   REFUSED: $(head -4 /tmp/run_checks.$$.err | tr -s ' ' | tr -d '│×')"
    continue
  fi
  "$WEFT" explore "$f" --time-limit 30s --json 2>/dev/null | python3 -c "$summary"
done
rm -f /tmp/run_checks.$$.err
