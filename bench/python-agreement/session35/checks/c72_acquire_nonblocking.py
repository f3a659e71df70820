"""acquire(blocking=False) by two threads: exactly one wins the lock while the other is refused."""
import threading
import time

lock = threading.Lock()
winners = []
losers = []


def try_it(name):
    if lock.acquire(blocking=False):
        winners.append(name)
        time.sleep(0.01)
        lock.release()
    else:
        losers.append(name)


threads = [threading.Thread(target=try_it, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(winners), len(losers))
