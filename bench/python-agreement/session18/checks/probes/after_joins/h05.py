import threading

results = []
lengths = []
index = {}
lock = threading.Lock()
x = 0


def worker(w):
    with lock:
        results.append(w)
        lengths.append(len(w))
        index[w] = len(w)


threads = [threading.Thread(target=worker, args=(w,)) for w in ("bee", "ant", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
x = 0
while results:
    r = results.pop()
    x += len(r)
