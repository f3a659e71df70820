import threading

CONFIG = {"a": 1, "b": 2}
x = 0


def worker(key):
    global x
    x = key in CONFIG


w = threading.Thread(target=worker, args=("b",))
w.start()
w.join()
