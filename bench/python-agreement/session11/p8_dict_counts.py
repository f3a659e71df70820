import threading
counts = {}
lock = threading.Lock()
def tally(key):
    with lock:
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
ts = [threading.Thread(target=tally, args=(k,)) for k in (1, 2, 1)]
for t in ts: t.start()
for t in ts: t.join()
print(counts)
