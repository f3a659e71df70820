import concurrent.futures
import time

DELAYS = {"a": 0.003, "b": 0.001, "c": 0.002}
sizes = {}
finished = []


def fetch(name):
    time.sleep(DELAYS[name])
    return len(name) * 10


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    future_to_name = {pool.submit(fetch, name): name for name in DELAYS}
    for future in concurrent.futures.as_completed(future_to_name):
        name = future_to_name[future]
        sizes[name] = future.result()
        finished.append(ord(name))

print(sizes, finished)
