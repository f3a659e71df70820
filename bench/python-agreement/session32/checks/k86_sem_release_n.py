# Semaphore.release(2) (Python 3.9+) wakes two waiters at once.
import threading

sem = threading.Semaphore(0)
passed = []
lock = threading.Lock()


def waiter(i):
    if sem.acquire(timeout=0.2):
        with lock:
            passed.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
sem.release(2)
for t in ts:
    t.join()
print(len(passed))
