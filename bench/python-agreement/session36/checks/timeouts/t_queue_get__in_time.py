"""queue_get: the other side acts after 5 ms, the time-out is 60 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
q = queue.Queue()


def other():
    time.sleep(0.005)
    q.put(1)


def waiter():
    try:
        log.append(q.get(timeout=0.06))
    except queue.Empty:
        log.append("empty")


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
