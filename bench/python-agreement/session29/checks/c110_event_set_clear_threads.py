# threading.Event: set() then clear() at once; a thread already waiting still returns True
import threading
import time

ev = threading.Event()
result = -1


def waiter():
    global result
    result = 1 if ev.wait(timeout=0.2) else 0


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
ev.set()
ev.clear()
t.join()
print(result)
