"""Two threads build strings at run time (a banner `"-" * n`, a name joined from parts) and keep the
larger under Python's order of strings, without a lock: the last writer may keep the smaller one."""
import queue
import threading

widths = queue.Queue()
best = ""
banners = []


def builder(prefix):
    global best
    n = widths.get()
    banner = "-" * n
    banners.append(banner)
    name = prefix + str(n)
    current = best
    if name > current:
        best = name


threads = [threading.Thread(target=builder, args=(p,)) for p in ("b", "a")]
for t in threads:
    t.start()
widths.put(2)
widths.put(3)
for t in threads:
    t.join()
print(best, banners)
