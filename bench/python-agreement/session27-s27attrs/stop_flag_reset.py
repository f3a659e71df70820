# BUG: session26/t11's stop flag with the buffer reset by rebinding, two producers: an item is lost.
import threading


class Collector:
    def __init__(self) -> None:
        self.stopping = False
        self.pending: list[int] = []
        self.flushed: list[int] = []
        self.accepted = 0
        self.lock = threading.Lock()

    def submit(self, item: int) -> None:
        if not self.stopping:
            with self.lock:
                self.accepted += 1
            self.pending.append(item)

    def stop(self) -> None:
        self.stopping = True
        with self.lock:
            self.flushed.extend(self.pending)
            self.pending = []


collector = Collector()


def producer(base: int) -> None:
    for item in range(2):
        collector.submit(base + item)


threads = [threading.Thread(target=producer, args=(b,)) for b in (10, 20)]
for t in threads:
    t.start()
collector.stop()
for t in threads:
    t.join()
accepted = collector.accepted
flushed = len(collector.flushed)
print(f"accepted={accepted} flushed={flushed}")
assert accepted == flushed + len(collector.pending), "an accepted item was neither flushed nor pending"
