# the keys' order is the order the threads inserted them
import threading
import time

results = {}


def worker(name, delay):
    time.sleep(delay)
    results[name] = delay


ts = [threading.Thread(target=worker, args=(n, d)) for n, d in (("x", 0.004), ("y", 0.001))]
for t in ts:
    t.start()
for t in ts:
    t.join()
order = [1 if k == "x" else 2 for k in results]
print(order)
