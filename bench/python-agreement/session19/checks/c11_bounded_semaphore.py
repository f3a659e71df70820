"""Releasing a Semaphore too often raises its count; a BoundedSemaphore raises ValueError."""
import threading

plain = threading.Semaphore(1)
bounded = threading.BoundedSemaphore(1)
errors = 0
plain_acquired = 0


def over_release():
    global errors
    plain.release()
    try:
        bounded.release()
    except ValueError:
        errors += 1


if __name__ == "__main__":
    t = threading.Thread(target=over_release)
    t.start()
    t.join()
    for _ in range(2):
        if plain.acquire(blocking=False):
            plain_acquired += 1
