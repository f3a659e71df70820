# functools.lru_cache: a call made after the first has finished is a hit; two at once may both compute
import functools
import threading
import time

computations = 0


@functools.lru_cache(maxsize=None)
def config_value(key):
    global computations
    computations += 1
    time.sleep(0.002)
    return key * 2


results = [0, 0]


def reader(slot, delay):
    time.sleep(delay)
    results[slot] = config_value(21)


ts = [threading.Thread(target=reader, args=(0, 0.0)), threading.Thread(target=reader, args=(1, 0.03))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, computations)
