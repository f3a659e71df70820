import threading

scores = {}
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        scores[w] = len(w)


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = sorted(scores.items(), key=lambda kv: kv[1])[0][0]
