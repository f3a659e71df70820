"""threading.local gives each thread its own attribute values."""
import threading

local = threading.local()
seen = []
lock = threading.Lock()


def worker(n):
    local.value = n
    local.value += 100
    with lock:
        seen.append(local.value)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
seen.sort()
total = sum(seen)
print(seen, total)
