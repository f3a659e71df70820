import threading

s = None
x = 0


def setter():
    global s
    s = {"a": 1}


def worker():
    global x
    x = list(s)


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
