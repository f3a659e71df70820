"""A thread takes a lock with acquire() and dies of an IndexError before release(): the other times out."""
import threading
import time

lock = threading.Lock()
ROW = [1]
got = []


def careless():
    lock.acquire()
    got.append(ROW[3])
    lock.release()


def patient():
    time.sleep(0.005)
    got.append(lock.acquire(timeout=0.02))


threads = [threading.Thread(target=careless), threading.Thread(target=patient)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
