"""Instances made inline in a comprehension of threads over a range known at import time: one instance per pass."""
import threading

count = 0
count_lock = threading.Lock()


class Worker:
    def __init__(self, step: int) -> None:
        self.step = step

    def run(self) -> None:
        global count
        with count_lock:
            count += self.step


threads = [threading.Thread(target=Worker(i).run) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert count == 3
