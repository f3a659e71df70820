import threading

LEVELS = ("low", "mid", "high")
x = 0


def worker(i):
    global x
    x = LEVELS[i]


w = threading.Thread(target=worker, args=(2,))
w.start()
w.join()
