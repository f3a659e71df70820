#!/bin/bash
# Fifth batch: the timing programs, weft's makespan against CPython's wall time (--timed --runs 20).
cd "$(dirname "$0")/.."
while pgrep -f "results/queue4.sh" > /dev/null; do sleep 5; done
for p in timing/tm0*.py; do
  echo "=== $p $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/timing.txt
  timeout 900 python3 ../agree.py --weft /work/notes/s32/weft-start --python ~/.pyenv/versions/3.11.7/bin/python \
    --runs 20 --time-limit 30s --timeout 10 --timed "$p" >> results/timing.txt 2>&1
done
echo "=== END" >> results/timing.txt
