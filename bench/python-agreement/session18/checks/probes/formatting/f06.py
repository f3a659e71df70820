import threading

s = None
x = 0


def setter():
    global s
    s = 7


def worker():
    global x
    x = f"{s:e}"


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
