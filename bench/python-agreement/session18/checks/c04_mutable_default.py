# A mutable default argument is one list shared by every call, from every thread.
import threading

seen_lengths = []


def record(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


def worker(item):
    seen_lengths.append(record(item))


threads = [threading.Thread(target=worker, args=(x,)) for x in ("a", "b", "c")]
for t in threads:
    t.start()
for t in threads:
    t.join()
final_length = record("z")
seen_lengths.sort()
