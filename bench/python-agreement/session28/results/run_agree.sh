#!/bin/bash
# Runs agree.py over each program that imports, one at a time (usage: run_agree.sh WEFT OUT PROG...).
W=$1; OUT=$2; shift 2
cd /work/wt-s28probe
for p in "$@"; do
  echo "=== $p" >> $OUT
  case $p in
    */timing/*) extra="--timed --runs 20";;
    *) extra="--runs 10";;
  esac
  python3 bench/python-agreement/agree.py --weft $W --python ~/.pyenv/versions/3.11.7/bin/python $extra --time-limit 30s --timeout 3 $p >> $OUT 2>&1
  echo "--- exit $?" >> $OUT
done
echo ALLDONE >> $OUT
