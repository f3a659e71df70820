# a mutable default argument is one list shared by every call, from every thread
import threading


def collect(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


sizes = []
lock = threading.Lock()


def worker(items):
    for it in items:
        n = collect(it)
        with lock:
            sizes.append(n)


ts = [threading.Thread(target=worker, args=([1, 2],)), threading.Thread(target=worker, args=([3],))]
for t in ts:
    t.start()
for t in ts:
    t.join()
biggest = max(sizes)
print(sorted(sizes), biggest)
