"""lock_acquire: the other side acts after 60 ms, the time-out is 5 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
lock = threading.Lock()
lock.acquire()


def other():
    time.sleep(0.06)
    lock.release()


def waiter():
    log.append(lock.acquire(timeout=0.005))


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
