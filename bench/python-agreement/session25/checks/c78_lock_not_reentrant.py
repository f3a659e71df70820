# check: threading.Lock is not re-entrant: a second acquire by its owner fails at the time-out
import threading

trail = []
lock = threading.Lock()


def worker():
    with lock:
        trail.append(lock.acquire(timeout=0.05))


t = threading.Thread(target=worker)
t.start()
t.join()
first = trail[0]
print(trail)
