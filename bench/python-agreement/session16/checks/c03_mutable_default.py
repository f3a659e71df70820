# check: a mutable default argument is one list shared by every call
import threading

seen_sizes = []


def record(item, bucket=[]):
    bucket.append(item)
    seen_sizes.append(len(bucket))


def worker(n):
    record(n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen_sizes))
