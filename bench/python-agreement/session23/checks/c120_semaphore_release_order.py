# check: threads blocked on a Semaphore acquire in the order they blocked
import threading
import time

sem = threading.Semaphore(0)
order = []
lock = threading.Lock()


def waiter(n):
    time.sleep(0.004 * n)
    sem.acquire()
    with lock:
        order.append(n)


ts = [threading.Thread(target=waiter, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
time.sleep(0.03)
for _ in range(3):
    sem.release()
    time.sleep(0.004)
for t in ts:
    t.join()
