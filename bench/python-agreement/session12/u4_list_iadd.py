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
