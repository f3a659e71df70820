"""A mutable default argument is shared by every call, from every thread."""
import threading

sizes = []


def collect(item, bucket=[]):
    bucket.append(item)
    sizes.append(len(bucket))


threads = [threading.Thread(target=collect, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(sizes))
