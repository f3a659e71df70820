"""queue_put_full: the other side acts after 5 ms, the time-out is 60 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
q = queue.Queue(maxsize=1)
q.put(0)


def other():
    time.sleep(0.005)
    q.get()


def waiter():
    try:
        q.put(1, timeout=0.06)
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
