# check: Event.wait(timeout) returns False on time-out, True once set
import threading
import time

ev = threading.Event()
first = None
second = None


def setter():
    time.sleep(0.03)
    ev.set()


t = threading.Thread(target=setter)
t.start()
first = ev.wait(0.01)
second = ev.wait(1.0)
t.join()
r1 = 1 if first else 0
r2 = 1 if second else 0
