# check: a future's result list is the worker's own object; the worker changes it after returning it
from concurrent.futures import ThreadPoolExecutor
import threading
import time

sizes = []
keep = []


def build():
    data = [1, 2]
    keep.append(data)
    return data


with ThreadPoolExecutor(max_workers=1) as pool:
    got = pool.submit(build).result()
    keep[0].append(3)
    sizes.append(len(got))
print(sizes)
