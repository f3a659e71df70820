# check: threading.Event set() then clear() at once: a thread already waiting still wakes (wait returns True)
import threading
import time

ev = threading.Event()
res = []


def waiter():
    ok = ev.wait(0.5)
    res.append(1 if ok else 0)


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
ev.set()
ev.clear()
t.join()
