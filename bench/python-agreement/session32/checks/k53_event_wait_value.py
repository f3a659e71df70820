# Event.wait(timeout) returns the flag: set late, so the first wait is False and the second True.
import threading
import time

ev = threading.Event()
results = []


def setter():
    time.sleep(0.03)
    ev.set()


t = threading.Thread(target=setter)
t.start()
results.append(1 if ev.wait(0.005) else 0)
results.append(1 if ev.wait(1) else 0)
t.join()
print(results)
