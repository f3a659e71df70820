"""Which of two hedged requests won: `is` and `==` between futures, one taken from `wait`'s done set."""
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

winner = ""
same = 0


def fetch(replica: int, delay: float) -> int:
    time.sleep(delay)
    return replica


with ThreadPoolExecutor(max_workers=2) as pool:
    fast = pool.submit(fetch, 1, 0.01)
    slow = pool.submit(fetch, 2, 0.01)
    done, pending = wait([fast, slow], return_when=FIRST_COMPLETED)
    first = done.pop()
    if first is fast:
        winner = "fast"
    elif first == slow:
        winner = "slow"
    if first is not fast and first != slow:
        same = 1

print(f"winner={winner} same={same}")
assert same == 0, winner
