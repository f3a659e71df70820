"""Semaphore lets an extra release raise the count; BoundedSemaphore raises ValueError."""
import threading

plain = threading.Semaphore(1)
bounded = threading.BoundedSemaphore(1)
plain_extra = 0
bounded_error = ""


def worker():
    global plain_extra, bounded_error
    plain.release()
    first = plain.acquire(blocking=False)
    second = plain.acquire(blocking=False)
    if first and second:
        plain_extra = 1
    try:
        bounded.release()
    except ValueError as e:
        bounded_error = type(e).__name__


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
