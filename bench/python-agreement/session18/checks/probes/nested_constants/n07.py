import threading

PAIRS = [("a", 1), ("b", 2)]
x = 0


def worker(unused):
    global x
    x = 0
    for name, n in PAIRS:
        x += n


w = threading.Thread(target=worker, args=(0,))
w.start()
w.join()
