#!/bin/bash
# usage: run_agree.sh OUTFILE [extra agree.py args] -- PROG...
out=$1; shift
extra=()
while [ "$1" != "--" ]; do extra+=("$1"); shift; done; shift
for p in "$@"; do
  echo "##### $p" >> "$out"
  python3 ../agree.py --weft ${WEFT:-/work/notes/s23/weft-start} --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 3 "${extra[@]}" "$p" >> "$out" 2>&1
  echo "##### rc=$?" >> "$out"
done
