import threading

sem = threading.BoundedSemaphore(1)
outcome = ""


def worker():
    global outcome
    sem.acquire()
    sem.release()
    try:
        sem.release()
        outcome = "released"
    except ValueError:
        outcome = "too many"


t = threading.Thread(target=worker)
t.start()
t.join()
