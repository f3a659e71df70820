#!/bin/bash
# Re-checks every program, variant, check and repro with another weft binary:
#   results/recheck.sh WEFT LABEL      (run from bench/python-agreement/session17)
# writes results/imports-LABEL-all.txt, results/verdicts-changed-LABEL.txt (files whose import verdict
# differs from results/imports-start-all.txt), and runs agree.py on every file that imports with WEFT,
# one at a time (outputs results/NAME.agree-LABEL.txt; `python3 results/summarize.py -LABEL`).
W=$1; LABEL=$2
results/imports.sh "$W" *.py variants/*.py checks/*.py repro/*.py > results/imports-$LABEL-all.txt
join <(cut -d' ' -f1,2 results/imports-start-all.txt | sort) <(cut -d' ' -f1,2 results/imports-$LABEL-all.txt | sort) \
  | awk '$2 != $3 {print $1, $2, "->", $3}' > results/verdicts-changed-$LABEL.txt
: > results/agree-progress-$LABEL.txt
WEFT=$W SUFFIX=-$LABEL results/run-agree.sh $(awk '$2 == "rc=0" {print $1}' results/imports-$LABEL-all.txt)
