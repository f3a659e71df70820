# A sentinel pipeline whose functions are annotated `-> None` and whose result is checked by a dict
# display: the annotation is no None value, the comparison's flag no sentinel.
import queue
import threading
from typing import Optional

jobs: queue.Queue = queue.Queue()
done_marker = object()
counts: dict[str, int] = {}
last_key: Optional[str] = "none"


def consume() -> None:
    global last_key
    while True:
        item = jobs.get()
        if item is done_marker:
            break
        counts[item] = counts.get(item, 0) + 1
        last_key = item


def produce(keys: list) -> None:
    for key in keys:
        jobs.put(key)


producer = threading.Thread(target=produce, args=(["x", "y", "x"],))
consumer = threading.Thread(target=consume)
consumer.start()
producer.start()
producer.join()
jobs.put(done_marker)
consumer.join()
same = counts == {"x": 2, "y": 1}
print(f"same={same} last={last_key}")
assert counts == {"x": 2, "y": 1}
