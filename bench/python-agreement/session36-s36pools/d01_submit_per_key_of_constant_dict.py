"""A job per key of a module dict nothing writes, each future's done callback adding to a total."""
import threading
from concurrent.futures import ThreadPoolExecutor, wait

PAGES = {"home": 3, "about": 1, "blog": 5}
total = 0
lock = threading.Lock()


def size(name):
    return PAGES[name] * 10


def on_done(fut):
    global total
    with lock:
        total += fut.result()


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = []
    for name in PAGES:
        f = pool.submit(size, name)
        f.add_done_callback(on_done)
        futures.append(f)
    wait(futures)
print(total)
