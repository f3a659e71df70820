# check: result() of a cancelled future raises CancelledError; cancel() of a queued job succeeds
from concurrent.futures import ThreadPoolExecutor, CancelledError
import time

events = []
flags = []


def slow(n):
    time.sleep(0.01)
    events.append(n)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(slow, 1)
    second = pool.submit(slow, 2)
    flags.append(int(second.cancel()))
    flags.append(int(first.cancel()))
    try:
        second.result()
        events.append("no error")
    except CancelledError:
        events.append("cancelled")
print(events, flags)
