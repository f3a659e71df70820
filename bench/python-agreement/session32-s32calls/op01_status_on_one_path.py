# A worker binds `note` only in the handler of a timed get: where the item comes in time, the read of
# `note` after the try raises UnboundLocalError in that thread (its traceback printed, the thread ends)
import queue
import threading

early = queue.Queue()
late = queue.Queue()
results = []


def worker(source):
    try:
        item = source.get(timeout=0.05)
        results.append(item)
    except queue.Empty:
        note = "empty"
    label = note
    results.append(label)


threads = [threading.Thread(target=worker, args=(q,)) for q in (early, late)]
early.put(7)
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results:", sorted(results, key=str))
