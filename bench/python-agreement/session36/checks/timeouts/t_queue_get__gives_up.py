"""queue_get: the other side acts after 60 ms, the time-out is 5 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
q = queue.Queue()


def other():
    time.sleep(0.06)
    q.put(1)


def waiter():
    try:
        log.append(q.get(timeout=0.005))
    except queue.Empty:
        log.append("empty")


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
