#!/bin/bash
# Fourth batch: the application-shaped loop-pass checks, the rest of the variants, t12_v1.
cd "$(dirname "$0")/../../../.."
while pgrep -f "results/queue3.sh" > /dev/null; do sleep 5; done
bash bench/python-agreement/session32/checks/agree_checks.sh bench/python-agreement/session32/checks/x*.py bench/python-agreement/session32/checks/k4[4-9]*.py bench/python-agreement/session32/checks/k5*.py bench/python-agreement/session32/checks/k59*.py bench/python-agreement/session32/checks/k6[0-5]*.py >> bench/python-agreement/session32/results/checks.txt 2>&1
echo "=== END queue4" >> bench/python-agreement/session32/results/checks.txt
cd bench/python-agreement/session32 && results/run_agree.sh variants/t12_v1.py
