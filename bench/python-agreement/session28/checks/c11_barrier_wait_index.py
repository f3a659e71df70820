import threading

barrier = threading.Barrier(3)
indices: list[int] = []
lock = threading.Lock()


def party() -> None:
    index = barrier.wait()
    with lock:
        indices.append(index)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
indices.sort()
print(indices)
assert indices == [0, 1, 2]
