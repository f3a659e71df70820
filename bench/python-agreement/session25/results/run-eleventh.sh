#!/bin/bash
# eleventh pass: every importing program not yet run
cd /work/wt-s25probe/bench/python-agreement/session25
while ! grep -q '^DONE' results/s25probe.agree10.txt 2>/dev/null; do sleep 5; done
W=/work/notes/s25/weft-start
PY=~/.pyenv/versions/3.11.7/bin/python
OUT=results/s25probe.agree11.txt
: > $OUT
for f in $(cat results/eleventh-batch.txt); do
  echo "=== $f" >> $OUT
  case $f in
    *timing*) python3 ../agree.py --weft $W --python $PY --timed --runs 20 --time-limit 30s --timeout 3 $f >> $OUT 2>&1;;
    *) python3 ../agree.py --weft $W --python $PY --runs 10 --time-limit 30s --timeout 3 $f >> $OUT 2>&1;;
  esac
  echo "rc=$?" >> $OUT
done
echo DONE >> $OUT
