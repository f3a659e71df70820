import threading

stats = {"a": 1, "b": 2}
r = -1


def worker():
    stats.popitem()


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(stats)
