import threading

s = None
x = 0


def setter():
    global s
    s = "  padded  "


def worker():
    global x
    x = s.strip() + "|"


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
