# Semaphore.release(n) (3.9+) wakes n waiters at once
import threading

sem = threading.Semaphore(0)
passed = []
lock = threading.Lock()


def waiter(i):
    got = sem.acquire(timeout=0.2)
    with lock:
        passed.append(1 if got else 0)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
sem.release(2)
for t in threads:
    t.join()
through = sum(passed)
print(through)
