# no bug: threads append scores; the first two (in arrival order) are doubled by an executor's map
# over that slice, and the doubled list is compared in order
# CPython 3.11.7 (10 runs): ok 10 of 10, doubled [6, 6]
import threading
from concurrent.futures import ThreadPoolExecutor

scores = []
lock = threading.Lock()


def score(n):
    with lock:
        scores.append(n)


def double(x):
    y = x * 2
    return y


threads = [threading.Thread(target=score, args=(n,)) for n in (3, 3, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
first_two = scores[:2]
with ThreadPoolExecutor(max_workers=2) as ex:
    doubled = list(ex.map(double, first_two))
print(doubled)
assert doubled == [6, 6] and sum(doubled) == 12
