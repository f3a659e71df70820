"""Event.set() then at once clear(): a thread already waiting is woken and its wait() returns True."""
import threading
import time

ev = threading.Event()
result = -1


def waiter():
    global result
    flag = ev.wait(timeout=0.5)
    result = 1 if flag else 0


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
ev.set()
ev.clear()
t.join()
print(result)
