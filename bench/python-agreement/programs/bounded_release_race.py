"""Main holds the one unit of a BoundedSemaphore, then both main and a worker release it: exactly one of
the two releases is one too many and raises ValueError, which one depends on who goes first."""
import threading

sem = threading.BoundedSemaphore(1)
main_errors = 0
worker_errors = 0


def worker():
    global worker_errors
    try:
        sem.release()
    except ValueError:
        worker_errors += 1


sem.acquire()
t = threading.Thread(target=worker)
t.start()
try:
    sem.release()
except ValueError:
    main_errors += 1
t.join()
print(main_errors, worker_errors)
