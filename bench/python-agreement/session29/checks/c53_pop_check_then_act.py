# BUG: check-then-act on a shared list: both see one item, the second pop raises IndexError
import threading
import time

jobs = [7]
taken = 0
index_errors = 0


def taker():
    global taken, index_errors
    if jobs:
        time.sleep(0.001)
        try:
            jobs.pop()
            taken += 1
        except IndexError:
            index_errors += 1


ts = [threading.Thread(target=taker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(taken, index_errors)
