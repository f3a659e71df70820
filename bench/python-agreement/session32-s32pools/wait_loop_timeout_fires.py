# A `while pending:` loop over wait(timeout=, FIRST_COMPLETED) whose time-out fires: a pass with nothing done
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def fetch(delay):
    time.sleep(delay)
    return int(delay * 1000)


got = []
rounds = 0
empty_rounds = 0
with ThreadPoolExecutor(max_workers=2) as pool:
    pending = [pool.submit(fetch, 0.05), pool.submit(fetch, 0.3)]
    while pending:
        rounds += 1
        before = len(got)
        done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
        for fut in done:
            got.append(fut.result())
        if len(got) == before:
            empty_rounds += 1
print("got:", got, "rounds:", rounds, "empty:", empty_rounds)
