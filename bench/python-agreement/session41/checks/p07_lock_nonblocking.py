# check: Lock.acquire(blocking=False) while another thread holds it; locked()
import threading
import time

seen = []
lock = threading.Lock()
holding = threading.Event()
done = threading.Event()


def holder():
    with lock:
        holding.set()
        done.wait()


h = threading.Thread(target=holder)
h.start()
holding.wait()
seen.append(int(lock.acquire(blocking=False)))
seen.append(int(lock.locked()))
done.set()
h.join()
seen.append(int(lock.acquire(blocking=False)))
lock.release()
print(seen)
