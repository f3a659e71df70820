"""futures_wait: the other side acts after 60 ms, the time-out is 5 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
pool = ThreadPoolExecutor(max_workers=1)


def other():
    pass


def job():
    time.sleep(0.06)
    return 7


def waiter():
    f = pool.submit(job)
    done, not_done = wait([f], timeout=0.005)
    log.append(len(done))
    f.result()


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
