"""queue_put_full: the other side acts after 60 ms, the time-out is 5 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
q = queue.Queue(maxsize=1)
q.put(0)


def other():
    time.sleep(0.06)
    q.get()


def waiter():
    try:
        q.put(1, timeout=0.005)
        log.append("put")
    except queue.Full:
        log.append("full")


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
