# MISS under the default settings (a documented cost, docs/python.md "Sleeps and the time window"). Expected
# by CPython: last == 1 (40 calls of math.factorial(10000) take ~58 ms, so the sleeper's write at 25 ms comes
# first). weft costs the unannotated library call as nothing, so the cruncher ends at 0 ms by its clocks,
# the 20 ms window keeps only that order, and it lists last == 2 only, "complete within a 20ms time window".
# With `# weft: cpu 1500us` on the factorial line weft lists last == 1 too (incomplete at 100000 schedules).
import math
import threading
import time

last = 0


def cruncher():
    global last
    for i in range(40):
        math.factorial(10000)
    last = 1


def sleeper():
    global last
    time.sleep(0.025)
    last = 2


a = threading.Thread(target=cruncher)
b = threading.Thread(target=sleeper)
a.start()
b.start()
a.join()
b.join()
