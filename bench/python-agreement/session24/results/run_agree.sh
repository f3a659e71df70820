#!/bin/bash
# Runs agree.py one program at a time over the programs that import; appends to results/s24probe.agree.txt.
cd /work/wt-s24probe
S=bench/python-agreement/session24
W=${WEFT:-/work/notes/s24/weft-start}
OUT=${OUT:-$S/results/s24probe.agree.txt}
for f in "$@"; do
  extra=""
  case "$f" in */timing/*) extra="--timed"; runs=20;; *) runs=10;; esac
  echo "=== $f" >> $OUT
  python3 bench/python-agreement/agree.py --weft $W --python ~/.pyenv/versions/3.11.7/bin/python --runs $runs --time-limit 30s --timeout 3 $extra $f >> $OUT 2>&1
  echo "exit $?" >> $OUT
done
echo ALLDONE >> $OUT
