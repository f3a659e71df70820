#!/bin/bash
# eighth pass: c83-c88
cd /work/wt-s25probe/bench/python-agreement/session25
while ! grep -q '^DONE' results/s25probe.agree7.txt 2>/dev/null; do sleep 5; done
W=/work/notes/s25/weft-start
PY=~/.pyenv/versions/3.11.7/bin/python
OUT=results/s25probe.agree8.txt
: > $OUT
for f in $(cat results/eighth-batch.txt); do
  echo "=== $f" >> $OUT
  python3 ../agree.py --weft $W --python $PY --runs 10 --time-limit 30s --timeout 3 $f >> $OUT 2>&1
  echo "rc=$?" >> $OUT
done
echo DONE >> $OUT
