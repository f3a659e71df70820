# a plain Lock taken again by its own holder with a time-out: the second acquire times out (not reentrant)
import threading

lock = threading.Lock()
second = -1


def worker():
    global second
    with lock:
        got = lock.acquire(timeout=0.02)
        second = 1 if got else 0
        if got:
            lock.release()


t = threading.Thread(target=worker)
t.start()
t.join()
print(second)
