import threading

s = None
n = 0


def setter():
    global s
    s = [3, 1]


def worker():
    global n
    s.append(5)
    n = len(s)


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
