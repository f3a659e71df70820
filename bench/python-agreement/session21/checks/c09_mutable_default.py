# a mutable default argument is shared by every call
import threading

seen_lengths = []
lock = threading.Lock()


def collect(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


def worker(item):
    n = collect(item)
    with lock:
        seen_lengths.append(n)


for item in ["a", "b", "c"]:
    t = threading.Thread(target=worker, args=(item,))
    t.start()
    t.join()
print(seen_lengths)
