#!/bin/bash
# Seventh batch: the later checks and f08_v3.
cd "$(dirname "$0")/../../../.."
D=bench/python-agreement/session32
while pgrep -f "results/queue6.sh" > /dev/null; do sleep 5; done
bash $D/checks/agree_checks.sh $D/checks/m0*.py $D/checks/k1[3-6][0-9]*.py $D/checks/k170*.py >> $D/results/checks.txt 2>&1
echo "=== END queue7" >> $D/results/checks.txt
cd $D && results/run_agree.sh variants/f08_v3.py
