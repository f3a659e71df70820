import threading

DELAYS = {"a": [1, 2], "b": [3, 4]}
x = 0


def worker(key, i):
    global x
    x = DELAYS[key][i]


w = threading.Thread(target=worker, args=("b", 1))
w.start()
w.join()
