#!/bin/bash
# fifth pass: the timing repro, after the fourth pass ends
cd /work/wt-s25probe/bench/python-agreement/session25
while ! grep -q '^DONE' results/s25probe.agree4.txt 2>/dev/null; do sleep 5; done
W=/work/notes/s25/weft-start
PY=~/.pyenv/versions/3.11.7/bin/python
OUT=results/s25probe.agree5.txt
: > $OUT
for f in repro/r07_cpu_annotation_twice_on_return.py; do
  echo "=== $f" >> $OUT
  python3 ../agree.py --weft $W --python $PY --timed --runs 20 --time-limit 30s --timeout 3 $f >> $OUT 2>&1
  echo "rc=$?" >> $OUT
done
echo DONE >> $OUT
