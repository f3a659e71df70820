# BUG: order violation: the report is built before the background loaders have finished (no join)
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
assert loaded == 3, f"only {loaded} of 3 loaded"
