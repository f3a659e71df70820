# no bug: Event.wait(timeout) returns False when the time-out runs out before the set
import threading
import time

ready = threading.Event()
first = -1
second = -1


def setter():
    time.sleep(0.050)
    ready.set()


t = threading.Thread(target=setter)
t.start()
if ready.wait(0.010):
    first = 1
else:
    first = 0
if ready.wait(1.0):
    second = 1
else:
    second = 0
t.join()
print(first, second)
