# search pages on a pool and stop at the first hit: leaving the map loop cancels the pages not started yet
import time
from concurrent.futures import ThreadPoolExecutor

fetched = []


def fetch(page):
    time.sleep(0.01)
    fetched.append(page)
    return page * 10


found = 0
with ThreadPoolExecutor(max_workers=2) as ex:
    for result in ex.map(fetch, range(6)):
        if result >= 10:
            found = result
            break
print(f"found={found} fetched={len(fetched)}")
