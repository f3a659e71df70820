# A pool job that dispatches by name with getattr(...)() as a statement.
from concurrent.futures import ThreadPoolExecutor


class Stats:
    def __init__(self):
        self.hits = 0

    def hit(self):
        self.hits += 1


stats = Stats()


def job(name):
    getattr(stats, name)()
    return name


with ThreadPoolExecutor(2) as ex:
    list(ex.map(job, ["hit", "hit"]))
print(stats.hits)
