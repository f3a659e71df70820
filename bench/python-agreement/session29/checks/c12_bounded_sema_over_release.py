import threading

sema = threading.BoundedSemaphore(1)
plain = threading.Semaphore(1)
errors = 0
extra = 0


def worker():
    global errors, extra
    plain.release()
    if plain.acquire(blocking=False):
        extra += 1
    if plain.acquire(blocking=False):
        extra += 1
    try:
        sema.release()
    except ValueError:
        errors += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(errors, extra)
