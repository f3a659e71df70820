"""Event.set() then clear() at once: a waiter already waiting still returns True."""
import threading
import time

ev = threading.Event()
results = []


def waiter():
    results.append(ev.wait(timeout=0.5))


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
ev.set()
ev.clear()
t.join()
results.append(ev.is_set())
print(results)
