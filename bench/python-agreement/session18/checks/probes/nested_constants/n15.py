import threading

LISTS = {"a": [1, 2, 3]}
x = 0


def worker(key):
    global x
    x = 0
    for v in LISTS[key]:
        x += v


w = threading.Thread(target=worker, args=("a",))
w.start()
w.join()
