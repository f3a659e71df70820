# no bug: the fixed idiom: a None default and a fresh list per call
import threading

sizes = []
lock = threading.Lock()


def collect(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    with lock:
        sizes.append(len(bucket))


ts = [threading.Thread(target=collect, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sizes)
