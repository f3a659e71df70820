import threading

results = []
lock = threading.Lock()

def make_worker(prefix, times):
    def worker():
        for i in range(times):
            with lock:
                results.append(f"{prefix}{i}")
    return worker

ts = [threading.Thread(target=make_worker(p, n)) for p, n in (("a", 2), ("b", 1))]
for t in ts:
    t.start()
for t in ts:
    t.join()
results.sort()
