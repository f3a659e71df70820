import threading

lock = threading.Lock()
cache = {}
out = []


def get_or_set(key, value):
    with lock:
        if key in cache:
            return cache[key]
        cache[key] = value
        return value


def worker(key, value):
    out.append(get_or_set(key, value))


threads = [threading.Thread(target=worker, args=("k", v)) for v in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.sort()
print(out)
