import threading

items = []
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        items.append(w)


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
del items[0]
a_count = len(items)
