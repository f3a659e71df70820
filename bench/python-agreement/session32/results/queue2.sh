#!/bin/bash
# Second batch: the variants that import, then the explore of the bug variants.
cd "$(dirname "$0")/.."
while pgrep -f "session32/checks/agree_checks.sh" > /dev/null || pgrep -f "results/run_agree.sh variants/a03_g" > /dev/null; do sleep 5; done
results/run_agree.sh variants/a04_v1.py variants/a06_v1.py variants/a07_v1.py variants/f01_v1.py variants/f02_v1.py variants/f03_v2.py variants/f06_v1.py variants/m02_v2.py variants/m04_v2.py variants/q01_v1.py variants/q02_v1.py variants/t04_v2.py variants/t05_v1.py variants/t06_v2.py variants/t07_v1.py
results/run_explore.sh variants/t04_v2.py variants/t07_v1.py variants/q02_v1.py variants/f03_v2.py variants/a06_v1.py
