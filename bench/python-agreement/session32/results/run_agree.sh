#!/bin/bash
# Runs agree.py on each program given, one at a time, appending to results/agree.txt.
cd "$(dirname "$0")/.."
ROOT=../../..
for p in "$@"; do
  echo "=== $p $(date -u +%H:%M:%S)" >> results/agree.txt
  timeout 600 python3 $ROOT/bench/python-agreement/agree.py --weft /work/notes/s32/weft-start \
    --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 10 "$p" >> results/agree.txt 2>&1
done
echo "=== END $(date -u +%H:%M:%S)" >> results/agree.txt
