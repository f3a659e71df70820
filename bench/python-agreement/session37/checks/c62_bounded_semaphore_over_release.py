import threading

sem = threading.BoundedSemaphore(1)
log = []


def worker():
    sem.acquire()
    sem.release()
    try:
        sem.release()
        log.append("released twice")
    except ValueError:
        log.append("too many")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)  # ordered
