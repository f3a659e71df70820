# acquire(blocking=False) succeeds for one thread and fails for the other while the first holds the lock.
import threading
import time

lock = threading.Lock()
winners = []
losers = 0


def try_it(name):
    global losers
    if lock.acquire(blocking=False):
        try:
            winners.append(name)
            time.sleep(0.05)
        finally:
            lock.release()
    else:
        losers += 1


threads = [threading.Thread(target=try_it, args=(n,)) for n in ("p", "q")]
for t in threads:
    t.start()
for t in threads:
    t.join()
