# At most two downloads run at once; the peak is recorded under a lock. No bug.
import threading
import time

slots = threading.Semaphore(2)
lock = threading.Lock()
active = 0
peak = 0
finished = []


def download(name):
    global active, peak
    with slots:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.002)
        with lock:
            active -= 1
            finished.append(name)


threads = [threading.Thread(target=download, args=(f"f{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(peak, sorted(finished))
