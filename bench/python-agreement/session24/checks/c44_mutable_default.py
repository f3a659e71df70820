"""A mutable default argument is shared by every call, from every thread."""
import threading

sizes = []
lock = threading.Lock()


def collect(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


def worker(item):
    n = collect(item)
    with lock:
        sizes.append(n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
sizes.sort()
print(sizes)
