"""event_wait: the other side acts after 5 ms, the time-out is 60 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
ev = threading.Event()


def other():
    time.sleep(0.005)
    ev.set()


def waiter():
    log.append(ev.wait(0.06))


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
