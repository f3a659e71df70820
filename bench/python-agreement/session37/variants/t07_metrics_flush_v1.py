# A metrics collector: workers record samples, a flusher thread ships batches on a timer until stopped.
import threading
import time
from collections import defaultdict


class MetricsCollector:
    def __init__(self, flush_every):
        self.flush_every = flush_every
        self.lock = threading.Lock()
        self.pending = defaultdict(list)
        self.shipped = {}
        self.batches = 0
        self.stop = threading.Event()

    def record(self, name, value):
        with self.lock:
            self.pending[name].append(value)

    def flush(self):
        with self.lock:
            batch = dict(self.pending)
            self.pending.clear()
        if batch:
            self.batches += 1
            for name, values in batch.items():
                self.shipped[name] = self.shipped.get(name, 0) + sum(values)

    def run_flusher(self):
        while not self.stop.wait(self.flush_every):
            self.flush()
        self.flush()  # the last partial batch


collector = MetricsCollector(flush_every=0.002)


def handler(route, latencies):
    for latency in latencies:
        collector.record(route, latency)
        time.sleep(0.001)


flusher = threading.Thread(target=collector.run_flusher, daemon=True)
flusher.start()
handlers = [
    threading.Thread(target=handler, args=("/login", [12, 15, 9])),
    threading.Thread(target=handler, args=("/search", [40, 35])),
]
for h in handlers:
    h.start()
for h in handlers:
    h.join()
collector.stop.set()
flusher.join()

shipped = dict(sorted(collector.shipped.items()))
left_over = sum(len(v) for v in collector.pending.values())
print(f"shipped={shipped} left_over={left_over} batches>=1: {collector.batches >= 1}")
