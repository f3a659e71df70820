"""Progress tracking with add_done_callback: each finished job bumps a counter under a lock."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Progress:
    def __init__(self, total):
        self.total = total
        self.finished = 0
        self.sum = 0
        self._lock = threading.Lock()

    def on_done(self, future):
        with self._lock:
            self.finished += 1
            self.sum += future.result()


def convert(n):
    time.sleep(0.001 * n)
    return n * 3


progress = Progress(5)

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as ex:
        for n in range(5):
            fut = ex.submit(convert, n)
            fut.add_done_callback(progress.on_done)
    assert progress.finished == progress.total
    assert progress.sum == 30
