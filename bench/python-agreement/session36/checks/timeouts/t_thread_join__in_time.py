"""thread_join: the other side acts after 5 ms, the time-out is 60 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []


def other():
    time.sleep(0.005)
    log.append("other done")


def waiter():
    pass


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join(0.06)
log.append(t1.is_alive())
t1.join()
t2.join()
print(log)
