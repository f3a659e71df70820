#!/bin/bash
# second pass: agree.py on the variants and checks that import, after the first pass ends
cd /work/wt-s25probe/bench/python-agreement/session25
while ! grep -q '^DONE' results/s25probe.agree.txt; do sleep 5; done
W=/work/notes/s25/weft-start
PY=~/.pyenv/versions/3.11.7/bin/python
OUT=results/s25probe.agree2.txt
: > $OUT
for f in $(cat results/second-batch.txt); do
  echo "=== $f" >> $OUT
  extra=""
  case $f in *c13_uncosted*) extra="--timed";; esac
  python3 ../agree.py --weft $W --python $PY --runs 10 --time-limit 30s --timeout 3 $extra $f >> $OUT 2>&1
  echo "rc=$?" >> $OUT
done
echo DONE >> $OUT
