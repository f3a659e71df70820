"""Event.wait(timeout) returns False on time-out and True once set, in a waiting thread."""
import threading
import time

ev = threading.Event()
got = []


def waiter():
    got.append(ev.wait(0.005))
    got.append(ev.wait(0.5))


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.03)
ev.set()
t.join()
print(got)
