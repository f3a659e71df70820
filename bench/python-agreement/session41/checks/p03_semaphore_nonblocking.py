# check: Semaphore.acquire(blocking=False) returns False when none are left; plain Semaphore allows extra release
import threading

got = []
sem = threading.Semaphore(1)


def grab():
    got.append(int(sem.acquire(blocking=False)))
    got.append(int(sem.acquire(blocking=False)))
    sem.release()
    sem.release()
    got.append(int(sem.acquire(timeout=0.001)))
    got.append(int(sem.acquire(timeout=0.001)))
    got.append(int(sem.acquire(timeout=0.001)))


t = threading.Thread(target=grab)
t.start()
t.join()
print(got)
