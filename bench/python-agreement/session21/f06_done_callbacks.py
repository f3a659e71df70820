import threading
from concurrent.futures import ThreadPoolExecutor


class Collector:
    def __init__(self):
        self.lock = threading.Lock()
        self.values = []
        self.failures = 0

    def on_done(self, future):
        with self.lock:
            if future.exception() is not None:
                self.failures += 1
            else:
                self.values.append(future.result())


def job(n):
    if n % 4 == 3:
        raise RuntimeError(f"job {n} failed")
    return n * 2


collector = Collector()
executor = ThreadPoolExecutor(max_workers=2)
for n in range(8):
    executor.submit(job, n).add_done_callback(collector.on_done)
executor.shutdown(wait=True)
print("values:", sorted(collector.values))
print("failures:", collector.failures)
