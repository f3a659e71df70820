import threading
import time

sem = threading.Semaphore(0)
order = []


def waiter(name):
    sem.acquire()
    order.append(name)


threads = [threading.Thread(target=waiter, args=(n,)) for n in ["a", "b", "c"]]
for t in threads:
    t.start()
    time.sleep(0.01)
for _ in range(3):
    sem.release()
    time.sleep(0.01)
for t in threads:
    t.join()
print(order)
