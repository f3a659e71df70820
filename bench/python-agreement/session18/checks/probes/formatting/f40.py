import threading

s = None
x = 0


def setter():
    global s
    s = "ABC"


def worker():
    global x
    x = s.lower() if s.isupper() else s


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
