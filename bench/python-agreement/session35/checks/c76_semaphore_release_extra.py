"""A plain Semaphore released once too often grows; a BoundedSemaphore raises ValueError."""
import threading

sem = threading.Semaphore(1)
bsem = threading.BoundedSemaphore(1)
log = []
sem.release()
log.append(sem.acquire(blocking=False))
log.append(sem.acquire(blocking=False))
log.append(sem.acquire(blocking=False))
try:
    bsem.release()
except ValueError:
    log.append("bounded")
print(log)
