# A reporter copies a shared dict with dict(d) while a writer adds two keys: CPython copies in one
# C call, so the copy holds no key, the first, or both, never the second alone.
import threading

stats = {}


def writer():
    stats["hits"] = 1
    stats["misses"] = 2


t = threading.Thread(target=writer)
t.start()
snapshot = dict(stats)
t.join()
print(sorted(snapshot))
assert "misses" not in snapshot or "hits" in snapshot
