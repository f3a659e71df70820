# Check: a plain Lock acquired again by its owner blocks (acquire with timeout returns False); an RLock succeeds. Bug: re-acquiring a non-reentrant lock.
import threading

lock = threading.Lock()
rlock = threading.RLock()
second = -1
rsecond = -1


def worker():
    global second, rsecond
    with lock:
        second = int(lock.acquire(timeout=0.02))
    with rlock:
        rsecond = int(rlock.acquire(timeout=0.02))
        rlock.release()


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"second={second} rsecond={rsecond}")
