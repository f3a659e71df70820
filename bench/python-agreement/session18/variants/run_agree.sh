#!/bin/bash
# Runs agree.py on each program given, one at a time, saving DIR/results/NAME.agree.txt (DIR = the program's folder).
for f in "$@"; do
  d=$(dirname $f); n=$(basename ${f%.py}); mkdir -p $d/results
  s=$(date +%s)
  python3 /work/wt-s18probe/bench/python-agreement/agree.py --weft /work/notes/s18/weft-start --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 3 $f > $d/results/$n.agree.txt 2>&1
  echo "$n rc=$? $(( $(date +%s)-s ))s" >> $d/results/agree.log
done
