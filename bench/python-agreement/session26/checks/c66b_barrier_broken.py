import threading

barrier = threading.Barrier(3, timeout=0.05)
broken: list[int] = []
passed: list[int] = []
lock = threading.Lock()


def party(i: int) -> None:
    try:
        barrier.wait()
        with lock:
            passed.append(i)
    except threading.BrokenBarrierError:
        with lock:
            broken.append(i)


threads = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
broken_count = len(broken)
passed_count = len(passed)
print(broken_count, passed_count)
