# A bounded pipeline: a fast reader feeds a slow parser through a maxsize queue; puts time out and the record is dropped.
import queue
import threading
import time

records = [{"id": i, "body": "x" * (i + 1)} for i in range(6)]
stage = queue.Queue(maxsize=2)
parsed = []
dropped = []


def reader():
    for record in records:
        try:
            stage.put(record, timeout=0.05)
        except queue.Full:
            dropped.append(record["id"])
    stage.put(None)


def parser():
    while (record := stage.get()) is not None:
        time.sleep(0.001)
        parsed.append((record["id"], len(record["body"])))


threads = [threading.Thread(target=reader), threading.Thread(target=parser)]
for t in threads:
    t.start()
for t in threads:
    t.join()

parsed_ids = [rid for rid, _ in parsed]
total_bytes = sum(size for _, size in parsed)
print(f"parsed={len(parsed)} dropped={dropped} total_bytes={total_bytes} in_order={parsed_ids == sorted(parsed_ids)}")
