# BUG: stop flag without a lock: the worker checks the flag, the stopper drains the buffer, then the worker appends: an item is lost.
import threading


class Collector:
    def __init__(self) -> None:
        self.stopping = False
        self.pending: list[int] = []
        self.flushed: list[int] = []
        self.accepted = 0

    def submit(self, item: int) -> None:
        if not self.stopping:
            self.accepted += 1
            self.pending.append(item)

    def stop(self) -> None:
        self.stopping = True
        self.flushed.extend(self.pending)
        self.pending.clear()


collector = Collector()


def producer() -> None:
    for item in range(1, 4):
        collector.submit(item)


t = threading.Thread(target=producer)
t.start()
collector.stop()
t.join()
accepted = collector.accepted
flushed = len(collector.flushed)
print(f"accepted={accepted} flushed={flushed}")
assert accepted == flushed, f"{accepted - flushed} accepted items never flushed"
