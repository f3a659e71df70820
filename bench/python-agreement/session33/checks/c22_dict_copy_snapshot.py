import threading
import time

stats = {"hits": 0, "misses": 0}
snapshot = {}


def traffic():
    for _ in range(2):
        stats["hits"] += 1
        time.sleep(0)
    stats["misses"] += 1


def reporter():
    global snapshot
    time.sleep(0)
    snapshot = dict(stats)
    stats["hits"] = 0


threads = [threading.Thread(target=traffic), threading.Thread(target=reporter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(snapshot, stats)
