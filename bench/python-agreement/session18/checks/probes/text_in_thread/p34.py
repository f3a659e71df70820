import threading

s = None
x = 0


def setter():
    global s
    s = "a-b-c"


def worker():
    global x
    x = s.rsplit("-", 1)[0]


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
