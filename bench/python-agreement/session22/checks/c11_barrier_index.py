import threading

barrier = threading.Barrier(3)
indices = []
lock = threading.Lock()


def worker():
    idx = barrier.wait()
    with lock:
        indices.append(idx)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
indices.sort()
print(indices)
