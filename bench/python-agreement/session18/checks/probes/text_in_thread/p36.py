import threading

s = None
x = 0


def setter():
    global s
    s = 5


def worker():
    global x
    x = f"{s:03d}|{s:<3}|{s:^5}|"


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
