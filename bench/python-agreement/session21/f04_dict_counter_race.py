# BUG: race: read-modify-write of a shared dict entry from pool workers without a lock
from concurrent.futures import ThreadPoolExecutor
import time

hits = {"home": 0, "about": 0}


def record(page):
    current = hits[page]
    time.sleep(0)  # e.g. logging in between
    hits[page] = current + 1


def main():
    pages = ["home", "about", "home", "home"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for page in pages:
            pool.submit(record, page)
    print(hits)
    assert hits == {"home": 3, "about": 1}, "lost update"


main()
