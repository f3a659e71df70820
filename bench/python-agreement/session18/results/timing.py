"""weft's makespan (`weft compare PROG --set python=3.11 --json`, first row) against CPython's median wall time
over 10 runs of the harness, for the programs given (agree.py's --timing-only covers only its own TIMED list)."""
import json
import statistics
import subprocess
import sys

WEFT = "/work/notes/s18/weft-start"
PY = "/root/.pyenv/versions/3.11.7/bin/python"
HARNESS = "/work/wt-s18probe/bench/python-agreement/harness.py"
for program in sys.argv[1:]:
    compared = subprocess.run([WEFT, "compare", program, "--set", "python=3.11", "--json"], capture_output=True, text=True)
    try:
        makespan_ms = json.loads(compared.stdout)["rows"][0]["makespan_ns"] / 1e6
    except (ValueError, KeyError, IndexError):
        print(program, "no makespan:", (compared.stderr.strip().splitlines() or ["?"])[0][:100])
        continue
    walls = []
    for _ in range(10):
        run = subprocess.run([PY, HARNESS, program], capture_output=True, text=True, timeout=10)
        walls.append(json.loads(run.stdout.strip().splitlines()[-1])["wall_ns"] / 1e6)
    median = statistics.median(walls)
    print(f"{program} weft {makespan_ms:.2f} ms, CPython median {median:.2f} ms (min {min(walls):.2f}, max {max(walls):.2f}), error {abs(makespan_ms - median) / median * 100:.0f}% (of fastest {abs(makespan_ms - min(walls)) / min(walls) * 100:.0f}%)")
