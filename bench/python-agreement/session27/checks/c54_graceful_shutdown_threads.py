"""A class owning a pool of worker threads: start(), stop() with poison pills, join(timeout=)."""
import queue
import threading


class WorkerPool:
    def __init__(self, size: int) -> None:
        self.tasks: queue.Queue = queue.Queue()
        self.results: list[int] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._loop) for _ in range(size)]

    def start(self) -> None:
        for t in self.threads:
            t.start()

    def _loop(self) -> None:
        while True:
            item = self.tasks.get()
            if item is None:
                return
            with self.lock:
                self.results.append(item * item)

    def stop(self) -> int:
        for _ in self.threads:
            self.tasks.put(None)
        alive = 0
        for t in self.threads:
            t.join(timeout=1.0)
            if t.is_alive():
                alive += 1
        return alive


pool = WorkerPool(2)
pool.start()
for n in range(5):
    pool.tasks.put(n)
still_alive = pool.stop()
total = sum(pool.results)
print(still_alive, total)
