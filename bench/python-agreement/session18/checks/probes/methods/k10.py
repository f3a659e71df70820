import threading

stats = {"x": 1}
r = -1


def worker():
    stats.clear()


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(stats)
