# no bug: three workers compute partial sums, meet at a barrier, then one of them combines
import threading

data = [3, 1, 4, 1, 5, 9, 2, 6, 5]
partials = [0, 0, 0]
total = 0
barrier = threading.Barrier(3)


def worker(idx):
    global total
    chunk = data[idx * 3:(idx + 1) * 3]
    partials[idx] = sum(chunk)
    if barrier.wait() == 0:
        total = sum(partials)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"partials={partials} total={total}")
assert total == sum(data)
