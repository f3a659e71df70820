"""A pool job does ~30 ms of plain Python arithmetic; main waits for it with
`future.result(timeout=0.005)` (`as_completed` with a time-out is refused at import).
CPython 3.11.7: outcome='done' in 10 runs of 10 (agree.py --runs 10, 2026-11-30 11:12 UTC, load 17: the waiter gets the GIL back only after the job). weft (s20cost): 'done' and 'timeout', incomplete at the 30 s limit."""
from concurrent.futures import ThreadPoolExecutor, TimeoutError

ITERATIONS = 300000

outcome = ""


def crunch():
    total = 0
    for i in range(ITERATIONS):
        total += i % 7
    return total


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(crunch)
        try:
            future.result(timeout=0.005)
            outcome = "done"
        except TimeoutError:
            outcome = "timeout"
