# BUG: race: read-modify-write of a dict with string keys from pool workers without a lock
from concurrent.futures import ThreadPoolExecutor
import time

hits = {"home": 0, "about": 0}
same = False
different = False


def record(page):
    current = hits[page]
    time.sleep(0)
    hits[page] = current + 1


with ThreadPoolExecutor(max_workers=3) as pool:
    for page in ["home", "about", "home"]:
        pool.submit(record, page)
same = hits == {"about": 1, "home": 2}
different = {"home": 2} != hits
assert hits == {"home": 2, "about": 1}, "lost update"
