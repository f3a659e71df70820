# BUG: the service waits for its job, then adds a done callback while holding its own (plain) Lock;
# the future is done, so CPython runs the callback at once in the same thread, and the callback takes
# the Lock again: a self-deadlock on every run.
import threading
from concurrent.futures import ThreadPoolExecutor


class Service:
    def __init__(self):
        self.lock = threading.Lock()
        self.results = []

    def on_done(self, fut):
        with self.lock:
            self.results.append(fut.result())

    def watch(self, fut):
        with self.lock:
            fut.add_done_callback(self.on_done)


service = Service()
with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(sum, [1, 2, 3])
    fut.result()
    service.watch(fut)
print(service.results)
