#!/bin/sh
# agree.py on every extra program that imports (one at a time).
cd "$(dirname "$0")"
for f in b*.py; do
  n=$(basename $f .py)
  /work/notes/s19/weft-start import $f >/dev/null 2>results/$n.import.err || continue
  [ -s results/$n.agree.txt ] && continue
  python3 ../../agree.py --weft /work/notes/s19/weft-start --python ~/.pyenv/versions/3.11.7/bin/python --runs 10 --time-limit 30s --timeout 3 $f > results/$n.agree.txt 2>&1
done
