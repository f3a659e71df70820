# check: threading.Lock is not FIFO: a thread that releases and re-takes the lock at once usually gets it again before a waiter
import threading
import time

lock = threading.Lock()
order = []


def greedy():
    for _ in range(3):
        with lock:
            order.append(1)


def polite():
    with lock:
        order.append(2)


lock.acquire()
a = threading.Thread(target=greedy)
b = threading.Thread(target=polite)
b.start()
time.sleep(0.005)
a.start()
time.sleep(0.005)
lock.release()
a.join()
b.join()
