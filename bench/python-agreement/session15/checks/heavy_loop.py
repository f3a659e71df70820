import threading
import time

flag = 0
seen = -1


def setter():
    global flag
    time.sleep(0.03)
    flag = 1


def worker():
    global seen
    total = 0
    for i in range(1_000_000):  # about 60 ms of Python
        total += i
    seen = flag


s = threading.Thread(target=setter)
w = threading.Thread(target=worker)
s.start()
w.start()
s.join()
w.join()
