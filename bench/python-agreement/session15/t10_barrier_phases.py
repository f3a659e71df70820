# no bug: three workers finish phase one before any starts phase two (Barrier)
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

assert log[:3] == [1, 1, 1]
