import threading

s = None
x = 0


def setter():
    global s
    s = "a,b"


def worker():
    global x
    x = tuple(s.split(","))


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
