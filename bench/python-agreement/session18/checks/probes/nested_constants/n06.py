import threading

NAMES = {1: "one", 2: "two"}
x = 0


def worker(k):
    global x
    x = NAMES[k]


w = threading.Thread(target=worker, args=(2,))
w.start()
w.join()
