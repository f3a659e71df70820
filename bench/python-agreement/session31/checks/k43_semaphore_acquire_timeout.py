# Semaphore(1).acquire(timeout=) while another thread holds it past the timeout: False, then True later
import threading
import time

sem = threading.Semaphore(1)
results = []


def holder():
    with sem:
        time.sleep(0.03)


def impatient():
    time.sleep(0.005)
    results.append(sem.acquire(timeout=0.005))
    results.append(sem.acquire(timeout=0.1))
    sem.release()


ts = [threading.Thread(target=holder), threading.Thread(target=impatient)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
