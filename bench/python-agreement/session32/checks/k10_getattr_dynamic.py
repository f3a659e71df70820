# getattr(obj, name) with the name from a thread's argument.
import threading


class Stats:
    def __init__(self):
        self.hits = 3
        self.misses = 1


stats = Stats()
got = {}


def read(field):
    got[field] = getattr(stats, field)


ts = [threading.Thread(target=read, args=(f,)) for f in ("hits", "misses")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got.items()))
