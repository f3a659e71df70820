"""A job per key of a module dict nothing writes; done callbacks fill a second dict; main polls until full."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

PAGES = {"home": 3, "about": 1, "blog": 5}
parsed = {}
lock = threading.Lock()
pool = ThreadPoolExecutor(max_workers=3)


def download(name):
    time.sleep(0.001 * PAGES[name])
    return PAGES[name] * 2


def on_downloaded(fut):
    value = fut.result()
    with lock:
        parsed[value] = 1


for name in PAGES:
    f = pool.submit(download, name)
    f.add_done_callback(on_downloaded)
while True:
    with lock:
        if len(parsed) == len(PAGES):
            break
    time.sleep(0.001)
pool.shutdown()
count = len(parsed)
print(count)
