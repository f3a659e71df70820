import threading

s = None
x = 0


def setter():
    global s
    s = "Hello"


def worker():
    global x
    x = s.isupper() + s[0].isupper() * 10


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
