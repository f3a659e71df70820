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
first = int(ready.wait(0.010))
second = int(ready.wait(1.0))
t.join()
print(first, second)
