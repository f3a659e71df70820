# a waiter on a threading.Event that is set and cleared at once: wait() still returns True
import threading
import time

ev = threading.Event()
result = None


def waiter():
    global result
    result = ev.wait(timeout=1)


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
ev.set()
ev.clear()
t.join()
print(result, ev.is_set())
