"""`list(ex.map(f, items))` as a statement inside the executor's `with`: the list is dropped, but
building it waits for every job, so `seen`, read right after it and before the shutdown, is always 6."""
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
total = 0
seen = 0


def add(n):
    global total
    with lock:
        total += n


with ThreadPoolExecutor(max_workers=2) as ex:
    list(ex.map(add, [1, 2, 3]))
    seen = total
print(total, seen)
assert seen == 6
