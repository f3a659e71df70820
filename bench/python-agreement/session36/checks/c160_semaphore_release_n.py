"""Semaphore.release(n) wakes n waiters at once (3.9+); the fourth waiter times out."""
import threading
import time

sem = threading.Semaphore(0)
got = []


def waiter(i):
    if sem.acquire(timeout=0.05):
        got.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.005)
sem.release(3)
for t in threads:
    t.join()
print(len(got))
