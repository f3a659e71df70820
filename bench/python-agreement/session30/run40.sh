#!/bin/bash
# The probe's runs of the 40 (from the repository's root): imports, agree.py one at a time, explore of the bug programs.
# usage: bash bench/python-agreement/session30/run40.sh [PROG.py ...]
W=${WEFT:-/work/notes/s30/weft-start}
PY=~/.pyenv/versions/3.11.7/bin/python
D=bench/python-agreement/session30
progs=("$@"); [ ${#progs[@]} -eq 0 ] && progs=($D/[tqfam][0-9][0-9]_*.py)
for f in "${progs[@]}"; do
  n=$(basename $f .py)
  if ! $W import $f > /dev/null 2> /tmp/s30probe.err; then
    { echo "== $f"; cat /tmp/s30probe.err; } >> $D/results/s30probe.import.err
    echo "$n REFUSED: $(grep -m1 -E '^\s*(×|error)' /tmp/s30probe.err | cut -c1-160)"
    continue
  fi
  python3 $D/../agree.py --weft $W --python $PY --runs 10 --time-limit 30s --timeout 10 $f > $D/results/agree-$n.txt 2>&1
  echo "$n agree rc=$? $(tail -2 $D/results/agree-$n.txt | tr '\n' ' ' | cut -c1-200)"
  if head -1 $f | grep -q '^# BUG'; then
    $W explore $f --time-limit 30s --json > $D/results/explore-$n.json 2>/dev/null
  fi
done
