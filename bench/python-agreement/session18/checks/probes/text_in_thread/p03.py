import threading

s = None
x = 0


def setter():
    global s
    s = "abcdef"


def worker():
    global x
    x = s[1:4] + s[-1] + s[::-1]


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
