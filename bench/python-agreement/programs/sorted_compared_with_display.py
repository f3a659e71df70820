"""sorted(...) compared with a list display: two threads note how many entries they saw before they
append, unlocked, so both may see 0 and `sorted(log) == [0, 1]` is then False; `sorted((a, b))` of
a thread's arguments picks the smaller as the key."""
import threading
import time

log = []
pairs = {}


def record(worker):
    low, high = sorted((worker, 10 - worker))
    seen = len(log)
    time.sleep(0.001)
    log.append(seen)
    pairs[low] = high


threads = [threading.Thread(target=record, args=(w,)) for w in (7, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ok = sorted(log) == [0, 1]
keys_ok = sorted(pairs) == [2, 3]
print(ok, keys_ok)
