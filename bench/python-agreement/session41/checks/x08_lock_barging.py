# check: a thread that releases a lock and re-takes it at once usually keeps it (no FIFO hand-off)
import threading
import time

log = []
lock = threading.Lock()


def worker(name):
    for _ in range(3):
        with lock:
            log.append(name)
            time.sleep(0.001)


threads = [threading.Thread(target=worker, args=(n,)) for n in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("".join(log))
