# BUG: pool tasks update shared hit counters with an unlocked read-modify-write; updates can be lost
import time
from concurrent.futures import ThreadPoolExecutor

hits = {"home": 0, "search": 0}
requests_served = 0


def handle(path):
    global requests_served
    current = hits[path]
    time.sleep(0.0005)  # render the page
    hits[path] = current + 1
    requests_served += 1
    return path


log = ["home", "search", "home", "home", "search"]
with ThreadPoolExecutor(max_workers=3) as pool:
    served = list(pool.map(handle, log))

expected = {"home": 3, "search": 2}
lost = sum(expected.values()) - sum(hits.values())
print("hits:", hits, "expected:", expected)
print("served:", len(served), "requests_served:", requests_served, "lost:", lost)
