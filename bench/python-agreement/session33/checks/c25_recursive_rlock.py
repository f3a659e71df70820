import threading

lock = threading.RLock()
total = 0


def add_levels(n):
    global total
    if n == 0:
        return 0
    with lock:
        total += n
        return n + add_levels(n - 1)


results = []


def worker(n):
    results.append(add_levels(n))


threads = [threading.Thread(target=worker, args=(k,)) for k in (2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, sorted(results))
