"""Sleeps of a run-time size scaled twice decide the order of arrival."""
import threading
import time

arrivals = []


def fetch(size):
    time.sleep(size / 1000 / 2)
    arrivals.append(size)


threads = [threading.Thread(target=fetch, args=(s,)) for s in (30, 4, 16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(arrivals)
