# ordered
# time.perf_counter() around a sleep: the elapsed time is at least the sleep.
import threading
import time

log = []


def worker():
    start = time.perf_counter()
    time.sleep(0.02)
    elapsed = time.perf_counter() - start
    log.append(elapsed >= 0.02)
    log.append(elapsed < 1)


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
