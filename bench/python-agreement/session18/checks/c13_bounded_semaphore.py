# A plain Semaphore lets an extra release through; a BoundedSemaphore raises ValueError.
import threading

plain = threading.Semaphore(1)
bounded = threading.BoundedSemaphore(1)
errors = 0
acquired_twice = 0


def over_release():
    global errors, acquired_twice
    plain.release()
    if plain.acquire(blocking=False) and plain.acquire(blocking=False):
        acquired_twice = 1
    try:
        bounded.release()
    except ValueError:
        errors += 1


t = threading.Thread(target=over_release)
t.start()
t.join()
