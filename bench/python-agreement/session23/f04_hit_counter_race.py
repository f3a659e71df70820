# BUG: race — pool tasks update a shared dict of counters with a read, a pause, and a write, without a lock
from concurrent.futures import ThreadPoolExecutor
import time

hits = {"home": 0, "about": 0}


def record(page):
    current = hits[page]
    time.sleep(0.0005)  # pretend to log the request
    hits[page] = current + 1


def main():
    pages = ["home", "home", "about", "home"]
    with ThreadPoolExecutor(max_workers=2) as ex:
        for page in pages:
            ex.submit(record, page)
    print(hits)
    assert hits == {"home": 3, "about": 1}, hits


main()
