"""Workers write their results under keys made with f-strings (`f"k{i}"`) and bump a shared total
without a lock: the keys are all there, the total may lose an update."""
import threading

results = {}
total = 0


def worker(i):
    global total
    results[f"k{i}"] = i * i
    seen = total
    total = seen + 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, total)
