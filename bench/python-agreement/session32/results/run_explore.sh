#!/bin/bash
# weft explore --json of each program given, summarised by explore_summary.py into results/explore.txt.
cd "$(dirname "$0")/.."
for p in "$@"; do
  echo "=== $p" >> results/explore.txt
  timeout 300 /work/notes/s32/weft-start explore "$p" --json --time-limit 60s 2>>results/explore.txt | python3 results/explore_summary.py >> results/explore.txt 2>&1
done
echo "=== END" >> results/explore.txt
