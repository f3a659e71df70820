# A cache entry expires: a reader 5 ms after the load finds it fresh, one 200 ms after finds it stale and loads again (TTL 100 ms).
import threading
import time

TTL = 0.1
entries = {}
loads = 0
hits = 0
lock = threading.Lock()


def lookup(key):
    global loads, hits
    with lock:
        entry = entries.get(key)
        if entry is not None and time.monotonic() - entry[1] < TTL:
            hits += 1
            return entry[0]
        loads += 1
        value = key * 10
        entries[key] = (value, time.monotonic())
        return value


def reader(delay):
    time.sleep(delay)
    lookup(7)


lookup(7)
readers = [threading.Thread(target=reader, args=(d,)) for d in (0.005, 0.2)]
for r in readers:
    r.start()
for r in readers:
    r.join()
entries.clear()  # the stamps differ from run to run; the checked state is the counts
print("loads:", loads, "hits:", hits)
