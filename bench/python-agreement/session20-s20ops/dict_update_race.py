# Two threads fill a shared cache with dict.update after checking it is empty: each update is one
# C call, so the cache never holds one thread's region with the other's replicas; but both may load.
# CPython 3.11.7, 10 runs: loads=2 with usa (8), loads=1 with eu (2); weft: those and the other two (4 outcomes), never a mixed cache.
import threading
import time

cache = {}
loads = 0


def load(region):
    global loads
    loads += 1
    return {"region": region, "replicas": len(region)}


def worker(region):
    if not cache:
        time.sleep(0.001)
        data = load(region)
        cache.update(data)
    cache.update(seen=1)


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(r,)) for r in ("eu", "usa")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache["replicas"] == len(cache["region"])
    print(loads, cache)
