# bug: the stats object is updated from pool threads with a read, a pause and a write: hits get lost
from concurrent.futures import ThreadPoolExecutor
import time


class Stats:
    def __init__(self):
        self.hits = 0
        self.pages = []

    def record(self, page):
        current = self.hits
        time.sleep(0)  # yield, as a log call would
        self.hits = current + 1
        self.pages.append(page)


stats = Stats()


def handle(page):
    stats.record(page)
    return page


with ThreadPoolExecutor(max_workers=2) as ex:
    list(ex.map(handle, ["/a", "/b", "/c"]))

print("hits", stats.hits, "pages", sorted(stats.pages))
assert stats.hits == 3
