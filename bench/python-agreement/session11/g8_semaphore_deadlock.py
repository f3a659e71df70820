"""Two workers each need two permits of a semaphore of three: they can deadlock."""
import threading
import time

permits = threading.Semaphore(3)
finished = 0


def worker():
    global finished
    permits.acquire()
    time.sleep(0.01)
    permits.acquire()
    finished += 1
    permits.release()
    permits.release()


ts = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(finished)
