#!/bin/bash
# As run_agree.sh, the results written to results/OUT/ (OUT the first argument): variants, checks, repros.
cd "$(dirname "$0")/.."
OUT=results/$1; shift
mkdir -p $OUT
W=/work/notes/s21/weft-start
PY=$HOME/.pyenv/versions/3.11.7/bin/python
for f in "$@"; do
  n=$(basename $f .py)
  $W import $f > /dev/null 2> $OUT/$n.import.err
  { echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 ../agree.py --weft $W --python $PY --runs 10 --time-limit 30s --timeout 3 $f 2>&1
    echo "# exit $? end $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"; } > $OUT/$n.agree.txt
  echo "done $n"
done
