"""Log shipper: workers poll with get(timeout=...) and stop when the shutdown Event is set."""
import queue
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Shipper:
    shipped: int = 0
    batches: list = field(default_factory=list)


lines = queue.Queue()
shutdown = threading.Event()
shipper = Shipper()
ship_lock = threading.Lock()


def ship_worker():
    while not shutdown.is_set():
        try:
            line = lines.get(timeout=0.01)
        except queue.Empty:
            continue
        with ship_lock:
            shipper.shipped += 1
            shipper.batches.append(len(line))
        lines.task_done()


if __name__ == "__main__":
    workers = [threading.Thread(target=ship_worker) for _ in range(2)]
    for w in workers:
        w.start()
    for text in ["GET /", "POST /login", "GET /static/app.js"]:
        lines.put(text)
    lines.join()
    shutdown.set()
    for w in workers:
        w.join()
    shipper.batches.sort()
    assert shipper.shipped == 3
