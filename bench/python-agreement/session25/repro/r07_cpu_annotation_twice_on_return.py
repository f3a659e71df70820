# TIMING ERROR (weft-start): `return f(n)  # weft: cpu 20ms` imports as two `cpu: 20ms` ops (one before
# the hoisted call, one after it), so each task costs 40 ms: weft's makespan is ~2x CPython's.
# The same annotation on `x = f(n)` costs 20 ms once (timing/tm02).
import threading


def crunch(n):
    total = 0
    for i in range(n):
        total += i
    return total


def task(n):
    return crunch(n)  # weft: cpu 20ms


threads = [threading.Thread(target=task, args=(100000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
