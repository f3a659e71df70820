import threading

s = None
x = 0


def setter():
    global s
    s = (2, "b")


def worker():
    global x
    x = max(s[0], 1)


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
