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
a_count = ",".join(sorted(items))
