# ordered
# Future.cancel() returns False for a running or finished job, True for one still queued.
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()
    return "blocked"


with ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(blocker)
    queued = pool.submit(blocker)
    started.wait()
    log.append(running.cancel())
    log.append(queued.cancel())
    release.set()
log.append(running.result())
log.append(queued.cancelled())
print(log)
