#!/bin/bash
# first pass: agree.py one program at a time with the session's start binary
cd /work/wt-s22probe
W=${WEFT:-/work/notes/s22/weft-start}
OUT=${OUT:-bench/python-agreement/session22/results/s22probe.agree.txt}
: > $OUT
for f in "$@"; do
  echo "=== $f" >> $OUT
  case $f in
    */timing/*) extra="--timed --runs 20";;
    *) extra="--runs 10";;
  esac
  timeout 600 python3 bench/python-agreement/agree.py --weft $W --python ~/.pyenv/versions/3.11.7/bin/python $extra --time-limit 30s --timeout 3 $f >> $OUT 2>&1
  echo "rc=$?" >> $OUT
done
echo ALLDONE >> $OUT
