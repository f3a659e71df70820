# BUG: a monitor sums the samples with a generator while a producer still appends: the generator takes
# each item in a step of its own, so the sum may hold any prefix of the samples.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): seen=111 (10 of 10); weft explore: 4 outcomes, complete (0, 1, 11, 111).
import threading

samples = []


def producer():
    for value in (1, 10, 100):
        samples.append(value)


def monitor():
    global seen
    seen = sum(v for v in samples if v > 0)


seen = -1
p = threading.Thread(target=producer)
m = threading.Thread(target=monitor)
p.start()
m.start()
p.join()
m.join()
