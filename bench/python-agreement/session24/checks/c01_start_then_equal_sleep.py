"""A thread started before main sleeps the same time: start() returns once the thread runs, so its sleep began first."""
import threading
import time

results = []


def load(name, delay):
    time.sleep(delay)
    results.append(name)


worker = threading.Thread(target=load, args=("orders", 0.001))
worker.start()
time.sleep(0.001)
loaded = len(results)
worker.join()
print("loaded", loaded)
