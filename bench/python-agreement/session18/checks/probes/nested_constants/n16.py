import threading

LISTS = {"a": [1, 2, 3]}
x = 0


def worker(key):
    global x
    x = LISTS[key][-1]


w = threading.Thread(target=worker, args=("a",))
w.start()
w.join()
