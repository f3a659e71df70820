"""A BoundedSemaphore released too often raises ValueError."""
import threading

sem = threading.BoundedSemaphore(1)
errors = 0


def worker():
    global errors
    sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError:
        errors += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(errors)
