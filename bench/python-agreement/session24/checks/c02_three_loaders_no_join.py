"""t12 without its assert: three daemon loaders of 2, 1 and 3 ms; main looks after 1 ms."""
import threading
import time

results = []


def load(name, delay):
    time.sleep(delay)
    results.append(name)


for name, delay in [("users", 0.002), ("orders", 0.001), ("items", 0.003)]:
    threading.Thread(target=load, args=(name, delay), daemon=True).start()

time.sleep(0.001)
loaded = len(results)
print("loaded", loaded)
