import threading
import time

sem = threading.Semaphore(1)
results = [0, 0]


def holder():
    with sem:
        time.sleep(0.03)


def impatient():
    time.sleep(0.002)
    results[0] = 1 if sem.acquire(timeout=0.005) else 0
    results[1] = 1 if sem.acquire(timeout=1) else 0
    sem.release()


a = threading.Thread(target=holder)
b = threading.Thread(target=impatient)
a.start()
b.start()
a.join()
b.join()
print(results)
