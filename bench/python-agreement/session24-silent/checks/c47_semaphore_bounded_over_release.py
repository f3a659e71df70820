import threading

sem = threading.BoundedSemaphore(1)
log = []


def work():
    sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError:
        log.append("value")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
