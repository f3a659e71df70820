# three threads wait on a Semaphore(0); two releases wake two of them; the third times out
import threading
import time

sem = threading.Semaphore(0)
outcomes = []
lock = threading.Lock()


def waiter(name):
    got = sem.acquire(timeout=0.1)
    with lock:
        outcomes.append(got)


ts = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
time.sleep(0.01)
sem.release()
sem.release()
for t in ts:
    t.join()
print(sorted(outcomes))
