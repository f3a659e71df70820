import threading

sem = threading.Semaphore(0)
bsem = threading.BoundedSemaphore(1)
log = []


def worker():
    sem.release()
    sem.release()
    log.append(sem.acquire(blocking=False))
    log.append(sem.acquire(blocking=False))
    log.append(sem.acquire(blocking=False))
    try:
        bsem.release()
    except ValueError:
        log.append("bounded")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
