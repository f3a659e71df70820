"""list(executor.map(..., timeout=t)) in a function whose slow job outlives the deadline.

The second job sleeps 300 ms against a 100 ms deadline: list() raises TimeoutError at its
result, which ends the program (the function's list goes with its frame; `done` is never set).
The pool's exit still waits for the job running."""
import time
from concurrent.futures import ThreadPoolExecutor

done = False


def work(delay_ms: int) -> int:
    time.sleep(delay_ms / 1000)
    return delay_ms


def batch(pool) -> int:
    results = list(pool.map(work, [10, 300, 20], timeout=0.1))
    return sum(results)


with ThreadPoolExecutor(max_workers=2) as pool:
    total = batch(pool)
done = True
print(total)
