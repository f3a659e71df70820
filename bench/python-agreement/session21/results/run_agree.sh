#!/bin/bash
# One program at a time (the machine is shared): agree.py against CPython 3.11.7, the session's start binary.
cd "$(dirname "$0")/.."
W=/work/notes/s21/weft-start
PY=$HOME/.pyenv/versions/3.11.7/bin/python
for f in "$@"; do
  n=$(basename $f .py)
  extra=""
  case $f in timing/*) extra="--timed --runs 20";; *) extra="--runs 10";; esac
  { echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 ../agree.py --weft $W --python $PY $extra --time-limit 30s --timeout 3 $f 2>&1
    echo "# exit $? end $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"; } > results/$n.agree.txt
  echo "done $n"
done
