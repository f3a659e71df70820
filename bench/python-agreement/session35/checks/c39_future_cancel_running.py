"""cancel() of a running future is False, of a queued one True."""
import time
from concurrent.futures import ThreadPoolExecutor

answers = []


def slow():
    time.sleep(0.02)
    return 1


with ThreadPoolExecutor(max_workers=1) as pool:
    a = pool.submit(slow)
    b = pool.submit(slow)
    time.sleep(0.005)
    answers.append(a.cancel())
    answers.append(b.cancel())
    answers.append(b.cancelled())
print(answers)
