"""Two threads extend a shared list by two items each, under a lock: four items, in either order."""
import threading
results = []
lock = threading.Lock()
def w(i):
    with lock:
        results.extend([i, i])
ts = [threading.Thread(target=w, args=(i,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(results))
