#!/bin/bash
# Runs agree.py on each program given, one at a time, saving results/NAME.agree.txt.
cd /work/wt-s18probe/bench/python-agreement/session18
for f in "$@"; do
  n=$(basename ${f%.py})
  s=$(date +%s)
  python3 ../agree.py --weft /work/notes/s18/weft-start --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 3 $f > results/$n.agree.txt 2>&1
  echo "$n rc=$? $(( $(date +%s)-s ))s" >> results/agree.log
done
