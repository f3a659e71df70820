import threading

s = None
x = 0


def setter():
    global s
    s = "ab"


def worker():
    global x
    x = chr(ord(s[0]) + 1)


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
