# a waiter woken by set() returns True even if the event is cleared right after
import threading
import time

ev = threading.Event()
result = []


def waiter():
    got = ev.wait(1.0)
    result.append(1 if got else 0)


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
ev.set()
ev.clear()
t.join()
print(result)
