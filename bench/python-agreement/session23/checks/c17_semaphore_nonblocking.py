# check: Semaphore(2).acquire(blocking=False) succeeds twice, then fails; BoundedSemaphore over-release raises ValueError
import threading

sem = threading.Semaphore(2)
got = [int(sem.acquire(blocking=False)) for _ in range(3)]
bs = threading.BoundedSemaphore(1)
over = 0
try:
    bs.release()
except ValueError:
    over = 1
