import threading

s = None
x = 0


def setter():
    global s
    s = "line1\nline2"


def worker():
    global x
    x = s.splitlines()[1]


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
