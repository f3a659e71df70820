"""return of a value computed from shared state at the end of a try: evaluated before the finally changes it."""
import threading

counter = 0
lock = threading.Lock()
seen = []


def bump():
    global counter
    try:
        with lock:
            counter += 1
            snapshot = counter
        if snapshot > 5:
            raise RuntimeError("too many")
        return counter * 100
    except RuntimeError:
        return 0
    finally:
        with lock:
            counter += 10


def worker():
    seen.append(bump())


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen), counter)
