# check: an Event cleared after being set blocks again; the second set wakes the waiter
import threading
import time

ev = threading.Event()
steps = []


def waiter():
    ev.wait()
    steps.append(1)
    ev.clear()
    ok = ev.wait(0.01)
    steps.append(2 if ok else 3)
    ev.wait()
    steps.append(4)


t = threading.Thread(target=waiter)
t.start()
ev.set()
time.sleep(0.05)
ev.set()
t.join()
