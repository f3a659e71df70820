# check: a thread waiting on an Event that is set and cleared at once still wakes with True
import threading
import time

event = threading.Event()
woke = []


def waiter():
    woke.append(event.wait(timeout=0.5))


w = threading.Thread(target=waiter)
w.start()
time.sleep(0.02)
event.set()
event.clear()
w.join()
first = woke[0]
print(woke)
