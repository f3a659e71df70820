import threading

stats = {}
r = -1


def worker():
    stats.update({"x": 1, "y": 2})


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(stats)
