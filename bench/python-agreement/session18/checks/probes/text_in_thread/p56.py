import threading

s = None
x = 0


def setter():
    global s
    s = ""


def worker():
    global x
    x = s or "empty"


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
