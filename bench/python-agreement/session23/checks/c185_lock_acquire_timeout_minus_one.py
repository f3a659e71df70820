# check: lock.acquire(timeout=-1) means no limit: it waits for the holder to release
import threading
import time

lock = threading.Lock()
got = []


def holder():
    time.sleep(0.02)
    lock.release()


lock.acquire()
t = threading.Thread(target=holder)
t.start()
ok = lock.acquire(timeout=-1)
got.append(1 if ok else 0)
t.join()
