# A `threading.local()` per thread (each thread its own copy) still imports: two threads set and read it.
import threading

local = threading.local()
seen = []
lock = threading.Lock()


def worker(name):
    local.user = name
    with lock:
        seen.append(local.user)


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
