#!/bin/sh
# agree.py on every repro that imports (one at a time); the refused ones keep their import message.
cd "$(dirname "$0")"
for f in r*.py; do
  n=$(basename $f .py)
  if /work/notes/s19/weft-start import $f >/dev/null 2>results/$n.import.err; then
    python3 ../../agree.py --weft /work/notes/s19/weft-start --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 3 $f > results/$n.agree.txt 2>&1
  fi
done
