# a job's returned list is the object itself: the caller and a callback see one list
from concurrent.futures import ThreadPoolExecutor

sizes = []


def build():
    return [1]


def grow(f):
    f.result().append(2)


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(build)
    fut.add_done_callback(grow)
result = fut.result()
sizes.append(len(result))
print(sizes)
