# A job given None raises TypeError (`None > 25`) into its future, which nobody reads: the pool's
# `with` end waits for every job and raises nothing (CPython: ['s3']).
from concurrent.futures import ThreadPoolExecutor

READINGS = {"s1": 21, "s2": None, "s3": 30}
alerts = []


def check(sensor):
    value = READINGS[sensor]
    if value > 25:
        alerts.append(sensor)


with ThreadPoolExecutor(max_workers=2) as pool:
    for sensor in ["s1", "s2", "s3"]:
        pool.submit(check, sensor)
print(alerts)
