"""Two workers each take a unit of a BoundedSemaphore(2) and give it back inside `try`/`except
ValueError`: no release goes above the initial value, so the handler never runs."""
import threading

sem = threading.BoundedSemaphore(2)
errors = 0
released = 0


def worker():
    global errors, released
    sem.acquire()
    try:
        sem.release()
        released += 1
    except ValueError:
        errors += 1


ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors, released)
