#!/bin/bash
cd /work/wt-s36probe
out=/tmp/sweep_flagged.txt
: > $out
find bench examples -name "*.py" -not -path "*/session36/*" | grep -v "/gen\|/cmp\|harness.py\|agree.py\|/agree_" | sort | while read f; do
  err=$(timeout 20 /work/notes/s36/weft-start check "$f" 2>&1 >/dev/null)
  if echo "$err" | grep -q "does not$\|does not load\|weft's own error"; then
    echo "== $f" >> $out
    echo "$err" | grep -A2 "×" | head -4 >> $out
  fi
done
echo DONE >> $out
