import threading

s = None
x = 0


def setter():
    global s
    s = (1, 2)


def worker():
    global x
    x = 1 if s < (1, 3) else 0


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
