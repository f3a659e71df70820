# variant of t10 (slice of a shared list refused): compare item by item -- no bug: three workers finish phase one before any starts phase two (Barrier)
import threading

barrier = threading.Barrier(3)
log = []
log_lock = threading.Lock()


def worker(name):
    with log_lock:
        log.append(1)
    barrier.wait()
    with log_lock:
        log.append(2)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert log[0] == 1 and log[1] == 1 and log[2] == 1
