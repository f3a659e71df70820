# BUG: the tracker adds its done callback while holding its own lock; for a job that has already
# finished, CPython runs the callback at once in the same thread, which takes the lock again: deadlock
import threading
from concurrent.futures import ThreadPoolExecutor


class Tracker:
    def __init__(self):
        self.lock = threading.Lock()
        self.pending = 0
        self.finished = 0

    def track(self, fut):
        with self.lock:
            self.pending += 1
            fut.add_done_callback(self._on_done)

    def _on_done(self, fut):
        with self.lock:
            self.pending -= 1
            self.finished += 1


def resize(n):
    return n * 2


tracker = Tracker()
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(resize, n) for n in range(4)]
    for fut in futures:
        tracker.track(fut)
print("finished", tracker.finished, "pending", tracker.pending)
