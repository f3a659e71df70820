"""Workers sleep for their service's delay, taken from a dict of float seconds in the worker.

The slow service's worker appends last; a service the dict does not name raises KeyError, counted."""
import threading
import time

finished = []
unknown = 0
lock = threading.Lock()


def worker(service):
    global unknown
    delays = {"fast": 0.001, "slow": 0.02}
    try:
        time.sleep(delays[service])
    except KeyError:
        with lock:
            unknown += 1
        return
    with lock:
        finished.append(service)


threads = [threading.Thread(target=worker, args=(name,)) for name in ("slow", "fast", "other")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(finished, unknown)
