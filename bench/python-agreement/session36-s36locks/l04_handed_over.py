# A lock handed over to a blocked waiter: main releases it and reads `locked()` at once (the waiter has
# been woken but may not have run), then after joining the waiter.
import threading
import time

lock = threading.Lock()
reads = []
order = []


def waiter():
    with lock:
        order.append("waiter")


lock.acquire()
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
lock.release()
reads.append(lock.locked())
t.join()
reads.append(lock.locked())
print(reads, order)
