# check: a plain Semaphore's release() past its start value raises its count: three non-blocking acquires succeed
import threading

sem = threading.Semaphore(1)
sem.release()
sem.release()
wins = 0
for _ in range(4):
    ok = sem.acquire(blocking=False)
    if ok:
        wins += 1
