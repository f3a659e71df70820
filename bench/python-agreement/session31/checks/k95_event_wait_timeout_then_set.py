# Event.wait(timeout) returns False on time-out even if the event is set just after; is_set() then True
import threading
import time

ev = threading.Event()
results = []


def impatient():
    results.append(ev.wait(timeout=0.01))
    time.sleep(0.03)
    results.append(ev.is_set())


t = threading.Thread(target=impatient)
t.start()
time.sleep(0.02)
ev.set()
t.join()
print(results)
