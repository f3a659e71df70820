# BUG: the shipper batches records and only sends a batch when it is full, so the last partial batch is lost
import queue
import threading
from dataclasses import dataclass


@dataclass
class Record:
    source: str
    level: str
    text: str


logq = queue.Queue()
shipped = []
BATCH = 2


def shipper():
    batch = []
    while True:
        rec = logq.get()
        batch.append(rec)
        if len(batch) == BATCH:
            shipped.extend(f"{r.source}:{r.level}" for r in batch)
            batch.clear()
        logq.task_done()


def service(name, levels):
    for level in levels:
        logq.put(Record(name, level, f"{name} says {level}"))


threading.Thread(target=shipper, daemon=True).start()
services = [
    threading.Thread(target=service, args=("api", ["INFO", "WARN"])),
    threading.Thread(target=service, args=("db", ["ERROR"])),
]
for s in services:
    s.start()
for s in services:
    s.join()
logq.join()

print("shipped:", len(shipped), "of", 3)
print("errors shipped:", sum(1 for s in shipped if s.endswith("ERROR")))
