import threading
import time

slots = threading.BoundedSemaphore(2)
active = 0
peak = 0
lock = threading.Lock()


def use():
    global active, peak
    with slots:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.002)
        with lock:
            active -= 1


threads = [threading.Thread(target=use) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(peak, active)
