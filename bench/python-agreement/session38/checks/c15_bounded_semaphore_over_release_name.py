# ordered
# BoundedSemaphore raises ValueError when released more than acquired; a plain Semaphore does not.
import threading

log = []
bounded = threading.BoundedSemaphore(1)
plain = threading.Semaphore(1)


def worker():
    try:
        bounded.release()
        log.append("bounded released")
    except ValueError as e:
        log.append(f"ValueError {type(e).__name__}")
    plain.release()
    log.append(plain.acquire(blocking=False))
    log.append(plain.acquire(blocking=False))
    log.append(plain.acquire(blocking=False))


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
