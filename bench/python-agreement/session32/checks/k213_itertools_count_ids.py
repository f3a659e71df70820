# next(ids) of a shared itertools.count as an id source for two threads (atomic in CPython).
import itertools
import threading

ids = itertools.count(1)
got = []
lock = threading.Lock()


def work():
    n = next(ids)
    with lock:
        got.append(n)


ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = sum(got)
print(total)
