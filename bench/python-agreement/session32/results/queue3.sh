#!/bin/bash
# Third batch: the loop-pass checks and the collection checks, after the second batch.
cd "$(dirname "$0")/../../../.."
while pgrep -f "results/queue2.sh" > /dev/null; do sleep 5; done
bash bench/python-agreement/session32/checks/agree_checks.sh bench/python-agreement/session32/checks/p*.py bench/python-agreement/session32/checks/k25*.py bench/python-agreement/session32/checks/k26*.py bench/python-agreement/session32/checks/k38*.py bench/python-agreement/session32/checks/k40*.py >> bench/python-agreement/session32/results/checks.txt 2>&1
echo "=== END queue3" >> bench/python-agreement/session32/results/checks.txt
