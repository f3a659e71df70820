# a thread that releases a lock and at once takes it again may beat the waiter (Lock is not FIFO)
import threading
import time

lock = threading.Lock()
log = []


def greedy():
    with lock:
        time.sleep(0.005)
        log.append(1)
    with lock:
        log.append(1)


def waiter():
    time.sleep(0.001)
    with lock:
        log.append(2)


ts = [threading.Thread(target=greedy), threading.Thread(target=waiter)]
for t in ts:
    t.start()
for t in ts:
    t.join()
second = log[1]
print(log, second)
