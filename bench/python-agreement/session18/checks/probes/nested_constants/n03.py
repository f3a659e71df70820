import threading

PAIRS = [("a", 1), ("b", 2)]
x = 0


def worker(i):
    global x
    name, n = PAIRS[i]
    x = name * n


w = threading.Thread(target=worker, args=(1,))
w.start()
w.join()
