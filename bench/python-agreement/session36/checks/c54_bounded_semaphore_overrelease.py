"""BoundedSemaphore released more often than acquired raises ValueError; a plain Semaphore grows."""
import threading

bounded = threading.BoundedSemaphore(1)
plain = threading.Semaphore(1)
errors = []
extra = []


def worker():
    try:
        bounded.release()
    except ValueError:
        errors.append("bounded")
    plain.release()
    extra.append(plain.acquire(blocking=False))
    extra.append(plain.acquire(blocking=False))
    extra.append(plain.acquire(blocking=False))


t = threading.Thread(target=worker)
t.start()
t.join()
print(errors, extra)
