import threading

s = None
x = 0


def setter():
    global s
    s = "bob"


def worker():
    global x
    x = f"{s!r}"


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
