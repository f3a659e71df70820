"""A worker clears the event after waking; a second set may be lost."""
import threading
import time

ev = threading.Event()
wakeups = 0
stop = 0


def worker():
    global wakeups
    while not stop:
        if ev.wait(timeout=0.05):
            ev.clear()
            wakeups += 1


t = threading.Thread(target=worker)
t.start()
ev.set()
ev.set()
time.sleep(0.1)
stop = 1
t.join()
print(wakeups)
