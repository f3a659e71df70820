import threading
import time


class LogAggregator:
    def __init__(self, flush_every):
        self.buffer = []
        self.flushed = []
        self.flushes = 0
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.flush_every = flush_every

    def log(self, source, message):
        with self.lock:
            self.buffer.append(f"[{source}] {message}")

    def _flush(self):
        with self.lock:
            batch = list(self.buffer)
            self.buffer.clear()
        if batch:
            self.flushed.extend(batch)
            self.flushes += 1

    def run_flusher(self):
        while not self.stop.wait(self.flush_every):
            self._flush()
        self._flush()  # final flush after stop


def service(agg, name, count):
    for i in range(count):
        agg.log(name, f"event {i}")
        time.sleep(0.002)


agg = LogAggregator(flush_every=0.005)
flusher = threading.Thread(target=agg.run_flusher, name="flusher")
flusher.start()
services = [threading.Thread(target=service, args=(agg, name, 3)) for name in ("api", "db")]
for s in services:
    s.start()
for s in services:
    s.join()
agg.stop.set()
flusher.join()

by_source = {}
for line in agg.flushed:
    source = line.split("]")[0][1:]
    by_source[source] = by_source.get(source, 0) + 1
print("lines", len(agg.flushed), "by source", sorted(by_source.items()), "buffer left", len(agg.buffer))
