"""A selector over a dict of locks called with a key that is missing: KeyError caught by the caller."""
import threading

locks = {"a": threading.Lock(), "b": threading.Lock()}
names = ["a", "zz"]
log = []


def lock_for(key):
    return locks[key]


def worker(i):
    try:
        with lock_for(names[i]):
            log.append(names[i])
    except KeyError:
        log.append("missing")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
