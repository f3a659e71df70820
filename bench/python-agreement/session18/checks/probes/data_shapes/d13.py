import threading

stats = {"a": 0, "b": 0}
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        stats.update({w[0]: len(w)})


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = stats["a"]
