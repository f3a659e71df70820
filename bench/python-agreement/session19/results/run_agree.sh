#!/bin/sh
# One program at a time (the machine is shared): agree.py against weft-start, raw output per program.
cd "$(dirname "$0")/.."
for f in *.py; do
  n=$(basename $f .py)
  [ -s results/$n.agree.txt ] && continue
  python3 ../agree.py --weft /work/notes/s19/weft-start --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 3 $f > results/$n.agree.txt 2>&1
done
for f in timing/*.py; do
  n=$(basename $f .py)
  [ -s results/$n.agree.txt ] && continue
  python3 ../agree.py --weft /work/notes/s19/weft-start --python ~/.pyenv/versions/3.11.7/bin/python --runs 20 --timed --time-limit 30s --timeout 3 $f > results/$n.agree.txt 2>&1
done
