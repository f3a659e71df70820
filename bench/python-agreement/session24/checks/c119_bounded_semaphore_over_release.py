"""BoundedSemaphore raises ValueError when released more often than acquired; a plain Semaphore just grows."""
import threading

bounded = threading.BoundedSemaphore(1)
plain = threading.Semaphore(1)
errors = 0

try:
    bounded.release()
except ValueError:
    errors += 1
plain.release()
extra = 0
while plain.acquire(blocking=False):
    extra += 1
print(errors, extra)
