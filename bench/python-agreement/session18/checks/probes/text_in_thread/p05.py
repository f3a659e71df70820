import threading

s = None
x = 0


def setter():
    global s
    s = 12


def worker():
    global x
    x = str(s) + "a"


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
