#!/bin/bash
for f in "$@"; do n=${f%.py}; python3 /work/wt-s18probe/bench/python-agreement/agree.py --weft /work/notes/s18/weft-start --python ~/.pyenv/versions/3.11.7/bin/python --runs 3 --time-limit 20s --timeout 3 $f > $n.agree.txt 2>&1; done
python3 /work/wt-s18probe/bench/python-agreement/session18/results/verdicts.py *.agree.txt
