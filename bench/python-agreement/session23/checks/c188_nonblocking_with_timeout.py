# check: acquire(blocking=False, timeout=1) raises ValueError; Semaphore.acquire(timeout=-2) does not (it polls)
import threading

lock = threading.Lock()
sem = threading.Semaphore(1)
kinds = []
try:
    lock.acquire(False, 1)
    kinds.append(1)
except ValueError:
    kinds.append(2)
ok = sem.acquire(timeout=-2)
kinds.append(3 if ok else 4)
