import itertools
import threading

ids = itertools.count(1)
log = []


def register(name):
    log.append((next(ids), name))


threads = [threading.Thread(target=register, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
