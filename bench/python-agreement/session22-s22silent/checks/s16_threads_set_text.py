import threading

seen = set()
lock = threading.Lock()


def worker(n):
    with lock:
        seen.add(n)


threads = [threading.Thread(target=worker, args=(n,)) for n in (9, 3, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
text = str(seen)
