import threading

s = None
x = 0


def setter():
    global s
    s = "3"


def worker():
    global x
    x = int(s) // 2


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
