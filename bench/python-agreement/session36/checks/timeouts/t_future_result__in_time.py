"""future_result: the other side acts after 5 ms, the time-out is 60 ms."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
pool = ThreadPoolExecutor(max_workers=1)


def other():
    pass


def job():
    time.sleep(0.005)
    return 7


def waiter():
    f = pool.submit(job)
    try:
        log.append(f.result(timeout=0.06))
    except TimeoutError:
        log.append("timeout")
    log.append(f.result())


t1 = threading.Thread(target=other)
t2 = threading.Thread(target=waiter)
t1.start()
t2.start()
t1.join()
t2.join()
print(log)
