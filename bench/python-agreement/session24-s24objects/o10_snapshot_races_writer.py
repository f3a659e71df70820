# dict(d) of a dict with string keys taken while another thread writes it: one C call in CPython (no
# switch between two items), so the copy never holds one key's new value beside another's old one.
import threading

stats = {"hits": 0, "misses": 0}
snap = None


def writer():
    for _ in range(3):
        stats["hits"] += 1
        stats["misses"] += 1


def reporter():
    global snap
    snap = dict(stats)


threads = [threading.Thread(target=writer), threading.Thread(target=reporter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(snap)
gap = snap["hits"] - snap["misses"]
assert gap == 0 or gap == 1, snap
