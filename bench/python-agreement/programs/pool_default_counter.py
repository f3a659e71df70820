"""Hits counted from a default-sized thread pool: the read and the write of `hits` are apart."""
from concurrent.futures import ThreadPoolExecutor
import time

hits = 0


def record(page):
    global hits
    current = hits
    time.sleep(0.001)
    hits = current + 1
    return page


with ThreadPoolExecutor() as pool:
    futures = [pool.submit(record, page) for page in range(3)]
    pages = sum(f.result() for f in futures)

print("hits:", hits, "pages:", pages)
