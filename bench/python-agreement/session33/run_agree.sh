#!/bin/bash
# Runs agree.py on each program given, one at a time; results/NAME.agree.json and .out.
cd "$(dirname "$0")/../../.."
WEFT=${WEFT:-/work/notes/s33/weft-start}
for prog in "$@"; do
  case "$prog" in /*) ;; *) prog=bench/python-agreement/session33/$prog ;; esac
  name=$(basename "$prog" .py)
  out=bench/python-agreement/session33/results/$name
  python3 bench/python-agreement/agree.py --weft "$WEFT" --python ~/.pyenv/versions/3.11.7/bin/python \
    --runs 10 --time-limit 30s --timeout 10 ${EXTRA} "$prog" > "$out.agree.out" 2>&1
  echo "$name exit $?"
done
