# check: `stats[k] += cost(k)` reads stats[k] before calling cost (which sleeps)
import threading
import time

stats = {"cpu": 0}


def cost(kind):
    time.sleep(0.001)
    return 3


def worker():
    for _ in range(2):
        stats["cpu"] += cost("cpu")


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stats)
