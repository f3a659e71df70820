import threading

stats = {"a": 1, "b": 2}
r = -1


def worker():
    stats["c"] = 3


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(stats)
