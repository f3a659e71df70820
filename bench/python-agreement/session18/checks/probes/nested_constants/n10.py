import threading

CONFIG = {"a": 1, "b": 2}
x = 0


def worker(key):
    global x
    x = CONFIG.get(key, -1)


w = threading.Thread(target=worker, args=("z",))
w.start()
w.join()
