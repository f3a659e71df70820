# BUG: the producer reuses one batch list after putting it (a queue hands over the object, not a copy),
# so the worker may count items of the next batch, or miss some, depending on the order of the threads.
import queue
import threading

jobs = queue.Queue()
totals = []
flagged = []


def producer():
    batch = [3, 4]
    jobs.put(batch)
    batch.append(5)  # meant for the next batch, but the worker may already hold this list
    jobs.put(["x", "y", "x"])
    jobs.put([])
    jobs.put(None)


def worker():
    while (batch := jobs.get()) is not None:
        if not batch:
            totals.append(-1)
            continue
        if 5 in batch:
            flagged.append(len(batch))
        if "x" in batch:
            flagged.append(batch.count("x"))
            flagged.append(batch.index("y"))
            flagged.append(", ".join(batch[1:]))
            continue
        first, second = batch[:2]
        totals.append(first + second + len(batch))


threads = [threading.Thread(target=producer), threading.Thread(target=worker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals, flagged)
