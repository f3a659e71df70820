#!/bin/sh
# Usage: run_agree.sh WEFT RUNS OUTDIR PROG... ; one program at a time (shared 2-core machine).
W=$1; R=$2; OUT=$3; shift 3
mkdir -p "$OUT"
for p in "$@"; do
  b=$(basename "$p" .py)
  python3 /work/wt-s16probe/bench/python-agreement/agree.py --weft "$W" --python ~/.pyenv/versions/3.11.7/bin/python --runs "$R" --time-limit 30s --timeout 3 "$p" > "$OUT/$b.json" 2> "$OUT/$b.err"
done
