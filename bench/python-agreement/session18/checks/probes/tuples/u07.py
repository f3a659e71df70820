import threading

s = None
x = 0


def setter():
    global s
    s = [(2, "b"), (1, "z"), (2, "a")]


def worker():
    global x
    x = 0
    s.sort()
    x = s[0][1]


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
