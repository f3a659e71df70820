# BUG: shutdown sends one poison pill for three workers: two workers block on get() forever and join() hangs
import queue
import threading

jobs: queue.Queue = queue.Queue()
processed: list[int] = []


class Worker(threading.Thread):
    def __init__(self, q: queue.Queue) -> None:
        super().__init__()
        self.q = q

    def run(self) -> None:
        while True:
            job = self.q.get()
            if job is None:
                break
            processed.append(job * 2)


workers = [Worker(jobs) for _ in range(3)]
for w in workers:
    w.start()
for n in range(4):
    jobs.put(n)
jobs.put(None)  # "tell the workers to stop"
for w in workers:
    w.join()
print("processed", sorted(processed))
