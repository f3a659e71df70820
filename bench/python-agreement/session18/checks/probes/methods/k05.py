import threading

stats = {"a": 1, "b": 2}
r = -1


def worker():
    stats.update(a=9)


t = threading.Thread(target=worker)
t.start()
t.join()
r = stats["a"]
