#!/bin/sh
# Runs agree.py on each program given, one at a time, saving each output as results/NAME.agree.txt.
W=${WEFT:-/work/notes/s17/weft-start}
for f in "$@"; do
  n=$(basename ${f%.py})
  python3 ../agree.py --weft $W --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 3 $f > results/$n.agree${SUFFIX}.txt 2>&1
  echo "$n rc=$?" >> results/agree-progress${SUFFIX}.txt
done
