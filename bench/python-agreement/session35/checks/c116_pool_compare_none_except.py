"""A pool job compares a dict's None with 25; main catches TypeError around result() (session 34 r06: still a fault)."""
import threading
from concurrent.futures import ThreadPoolExecutor

READINGS = {"a": 30, "b": None}
alerts = []
caught = 0


def check(k):
    if READINGS[k] > 25:
        alerts.append(k)


with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(check, k) for k in ("a", "b")]
for f in fs:
    try:
        f.result()
    except TypeError:
        caught += 1
print(alerts, caught)
