# Semaphore.acquire(blocking=False) as a value: two threads try one slot.
import threading

sem = threading.Semaphore(1)
won = []
lock = threading.Lock()


def attempt(name):
    if sem.acquire(blocking=False):
        with lock:
            won.append(name)


ts = [threading.Thread(target=attempt, args=(n,)) for n in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(won))
