# bug: the mutable default list is made once, so every call without a bucket shares it
import threading

sizes = []
lock = threading.Lock()


def collect(item, bucket=[]):
    bucket.append(item)
    with lock:
        sizes.append(len(bucket))


ts = [threading.Thread(target=collect, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(sizes))
assert sorted(sizes) == [1, 1, 1], "the default list was shared"
