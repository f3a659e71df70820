import threading

s = None
x = 0


def setter():
    global s
    s = "hello"


def worker():
    global x
    x = s.count("")


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
