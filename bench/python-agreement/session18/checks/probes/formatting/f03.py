import threading

s = None
x = 0


def setter():
    global s
    s = "ann"


def worker():
    global x
    x = "%(n)s" % {"n": s}


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
