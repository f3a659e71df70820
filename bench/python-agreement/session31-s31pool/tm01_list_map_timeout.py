"""list(executor.map(f, items, timeout=t)) where every job ends well before the deadline.

Executor.map submits the three jobs at once and takes the deadline then; list() waits for each
result in order within the time left. The jobs take 10-30 ms against a 2 s deadline."""
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(n: int) -> int:
    time.sleep(0.01 * n)
    return n * 100


with ThreadPoolExecutor(max_workers=3) as executor:
    sizes = list(executor.map(fetch, [3, 1, 2], timeout=2))
total = sum(sizes)
print(sizes, total)
assert sizes == [300, 100, 200]
