"""A dict of float latencies known at import time: each thread sleeps its endpoint's latency, then
appends the endpoint's name, so the list's order follows the table (within weft's time window)."""
import threading
import time

LATENCY = {"fast": 0.005, "slow": 0.08, "mid": 0.03}
finished = []


def call(endpoint):
    time.sleep(LATENCY[endpoint])
    finished.append(endpoint)


threads = [threading.Thread(target=call, args=(name,)) for name in LATENCY]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(finished)
