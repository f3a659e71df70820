# Ask three mirrors; take the first answer and cancel the rest. No bug.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

answers = []


def mirror(name, delay):
    time.sleep(delay)
    return name


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(mirror, n, d) for n, d in [("eu", 0.03), ("us", 0.01), ("asia", 0.05)]]
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    for f in done:
        answers.append(f.result())
    for f in pending:
        f.cancel()
print(answers)
