import threading

items = ["x", "ant", "bee", "apple"]
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        items.remove(w) if w in items else None


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = len(items)
