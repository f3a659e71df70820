import threading

stats = {}
r = -1


def worker():
    stats.setdefault("x", 4)


t = threading.Thread(target=worker)
t.start()
t.join()
r = stats["x"]
