"""add_done_callback tallies successes and failures under a lock as the futures finish."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.ok = 0
        self.failed = 0
        self.values = []

    def on_done(self, future):
        with self.lock:
            if future.exception() is not None:
                self.failed += 1
            else:
                self.ok += 1
                self.values.append(future.result())


def parse(text):
    return int(text)


tally = Tally()
inputs = ["1", "2", "x", "40", "", "7"]
with ThreadPoolExecutor(max_workers=2) as executor:
    for text in inputs:
        executor.submit(parse, text).add_done_callback(tally.on_done)

tally.values.sort()
print(tally.ok, tally.failed, tally.values)
assert tally.ok == 4 and tally.failed == 2
assert sum(tally.values) == 50
