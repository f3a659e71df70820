# Check: `return` from inside `with lock:` releases the lock; a second thread then gets it. Bug: none.
import threading

lock = threading.Lock()
got = []


def take(n):
    with lock:
        if n > 0:
            return n * 2
        got.append(-1)
    return 0


def worker(n):
    got.append(take(n))


ts = [threading.Thread(target=worker, args=(n,)) for n in (3, 0, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got.sort()
locked = int(lock.locked())
print(f"got={got} locked={locked}")
