import threading

s = None
x = 0


def setter():
    global s
    s = 1234


def worker():
    global x
    x = f"{s:_}"


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
