#!/bin/bash
# first pass: agree.py on every program that imports, one at a time
cd /work/wt-s25probe/bench/python-agreement/session25
W=${WEFT:-/work/notes/s25/weft-start}
PY=~/.pyenv/versions/3.11.7/bin/python
OUT=${OUT:-results/s25probe.agree.txt}
: > $OUT
for f in $(cat results/imports-ok.txt); do
  echo "=== $f" >> $OUT
  python3 ../agree.py --weft $W --python $PY --runs 10 --time-limit 30s --timeout 3 $f >> $OUT 2>&1
  echo "rc=$?" >> $OUT
done
for f in timing/tm02_cpu_then_sleep.py timing/tm03_async_semaphore.py timing/tm05_queue_stages.py; do
  echo "=== $f" >> $OUT
  python3 ../agree.py --weft $W --python $PY --timed --runs 20 --time-limit 30s --timeout 3 $f >> $OUT 2>&1
  echo "rc=$?" >> $OUT
done
echo DONE >> $OUT
