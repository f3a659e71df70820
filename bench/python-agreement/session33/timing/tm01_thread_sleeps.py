import threading
import time

results = {}


def fetch(name, delay):
    time.sleep(delay)
    results[name] = delay


threads = [threading.Thread(target=fetch, args=(f"svc{i}", 0.01 * (i + 1))) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
