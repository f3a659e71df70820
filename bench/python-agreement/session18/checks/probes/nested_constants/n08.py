import threading

CONFIG = {"a": 1, "b": 2}
x = 0


def worker(unused):
    global x
    x = ""
    for k, v in CONFIG.items():
        x += k * v


w = threading.Thread(target=worker, args=(0,))
w.start()
w.join()
