"""`with lock:` inside a loop with continue and break: the lock is released on each way out."""
import threading

lock = threading.Lock()
kept = []


def filt(values):
    for v in values:
        with lock:
            if v < 0:
                continue
            if v > 100:
                break
            kept.append(v)


threads = [threading.Thread(target=filt, args=(vals,)) for vals in ([1, -2, 3, 200, 4], [5, -6, 7])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(kept))
