"""Three threads append their names to one log without a lock: the order of the names races (each
append is atomic, so every name is there once), and the main thread checks which came first."""
import threading

log = []
first = ""


def worker(name):
    log.append(name)


threads = [threading.Thread(target=worker, args=(name,)) for name in ("ann", "bob", "cy")]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = log[0]
assert len(log) == 3
print(log, first)
