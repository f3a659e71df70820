# Silent error (weft-start 81fd411): `cache.setdefault(k, []).append(v)` (grouping idiom) imports as a read
# of len(cache) only; nothing is stored. weft explore: complete, only a fault (KeyError: 'a' is not a key of
# map `cache` at the read after the joins); CPython: ok, a_count=2.
import threading

cache = {}
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        cache.setdefault(w[0], []).append(w)


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = len(cache["a"])
