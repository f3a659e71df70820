"""Semaphore.acquire(timeout=) returns False when no permit comes in time, True when one does."""
import threading
import time

sem = threading.Semaphore(0)
results = []


def waiter(timeout):
    got = sem.acquire(timeout=timeout)
    results.append(1 if got else 0)


short = threading.Thread(target=waiter, args=(0.005,))
short.start()
short.join()
long = threading.Thread(target=waiter, args=(1.0,))
long.start()
time.sleep(0.01)
sem.release()
long.join()
print(results)
