#!/bin/bash
# fourth pass: the checks c42-c70 and repros r04-r06, after the third pass ends
cd /work/wt-s25probe/bench/python-agreement/session25
while ! grep -q '^DONE' results/s25probe.agree3.txt 2>/dev/null; do sleep 5; done
W=/work/notes/s25/weft-start
PY=~/.pyenv/versions/3.11.7/bin/python
OUT=results/s25probe.agree4.txt
: > $OUT
for f in $(cat results/fourth-batch.txt); do
  echo "=== $f" >> $OUT
  case $f in
    *timing*) python3 ../agree.py --weft $W --python $PY --timed --runs 20 --time-limit 30s --timeout 3 $f >> $OUT 2>&1;;
    *) python3 ../agree.py --weft $W --python $PY --runs 10 --time-limit 30s --timeout 3 $f >> $OUT 2>&1;;
  esac
  echo "rc=$?" >> $OUT
done
echo DONE >> $OUT
