import functools
import threading
import time

calls = []


@functools.lru_cache(maxsize=None)
def load(key):
    calls.append(key)
    time.sleep(0.01)
    return key * 2


out = []


def worker(k):
    out.append(load(k))


threads = [threading.Thread(target=worker, args=(5,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out, calls)
