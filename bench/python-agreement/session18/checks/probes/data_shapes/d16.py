import threading

nested = {}
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        nested[w] = {"len": len(w)}


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = nested["apple"]["len"]
