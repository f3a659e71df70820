import threading

lock = threading.Lock()
batches: list[int] = []


def collect(item: int, bucket: list = []) -> None:
    with lock:
        bucket.append(item)
        batches.append(len(bucket))


threads = [threading.Thread(target=collect, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
largest = max(batches)
print(batches, largest)
