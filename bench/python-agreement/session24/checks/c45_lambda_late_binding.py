"""Threads started with `target=lambda: record(i)` in a loop read `i` when they run, not when made."""
import threading

seen = []
lock = threading.Lock()


def record(n):
    with lock:
        seen.append(n)


threads = []
for i in range(3):
    t = threading.Thread(target=lambda: record(i))
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
