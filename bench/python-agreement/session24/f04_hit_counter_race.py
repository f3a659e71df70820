# BUG: race on a dict of counters: read, slow I/O, write back: concurrent hits on one page are lost
import time
from concurrent.futures import ThreadPoolExecutor

hits = {"home": 0, "search": 0}


def record(page):
    current = hits[page]
    time.sleep(0.001)  # write the access log line
    hits[page] = current + 1


requests = ["home", "search", "home", "home", "search"]
with ThreadPoolExecutor(max_workers=4) as executor:
    for page in requests:
        executor.submit(record, page)

print(hits)
assert hits["home"] == 3 and hits["search"] == 2, hits
