import threading

s = None
x = 0


def setter():
    global s
    s = "a"


def worker():
    global x
    x = ord(s) + 1


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
