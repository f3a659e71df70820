import threading

counts: dict[int, int] = {}
lock = threading.Lock()


def bump(key) -> None:
    with lock:
        counts[key] = counts.get(key, 0) + 1


threads = [threading.Thread(target=bump, args=(k,)) for k in (1, True, 1.0, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
size = len(counts)
ones = counts[1]
print(size, ones)
assert size == 2 and ones == 3
