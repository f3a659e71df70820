"""Event.set() then at once clear() with a waiter without time-out: it is woken (no hang)."""
import threading
import time

ev = threading.Event()
woke = 0


def waiter():
    global woke
    ev.wait()
    woke = 1


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
ev.set()
ev.clear()
t.join()
print(woke)
