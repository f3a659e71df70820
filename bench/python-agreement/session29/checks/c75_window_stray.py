# a 21 ms gap between two sleeps: under load CPython's late wake-up can reverse them
import threading
import time

flag = 0
seen = -1


def setter():
    global flag
    time.sleep(0.001)
    flag = 1


t = threading.Thread(target=setter)
t.start()
time.sleep(0.022)
seen = flag
t.join()
print(seen)
