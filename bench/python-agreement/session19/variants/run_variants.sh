#!/bin/sh
# agree.py on the last variant of each refused program that imports (one at a time; the machine is shared).
cd "$(dirname "$0")"
mkdir -p results
for f in $(ls *_v*.py timing/*_v*.py | sed 's/_v[0-9]*\.py$//' | sort -u); do
  last=$(ls ${f}_v*.py | sort -V | tail -1)
  n=$(basename $last .py)
  /work/notes/s19/weft-start import $last >/dev/null 2>results/$n.import.err || continue
  [ -s results/$n.agree.txt ] && continue
  extra=""; case $last in timing/*) extra="--timed --runs 20";; esac
  python3 ../../agree.py --weft /work/notes/s19/weft-start --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 3 $extra $last > results/$n.agree.txt 2>&1
done
