"""event_wait: the other side acts after 60 ms, the time-out is 5 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
ev = threading.Event()


def other():
    time.sleep(0.06)
    ev.set()


def waiter():
    log.append(ev.wait(0.005))


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
