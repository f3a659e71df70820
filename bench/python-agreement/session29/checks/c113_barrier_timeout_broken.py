import threading

barrier = threading.Barrier(3)
broken = 0
lock = threading.Lock()


def worker():
    global broken
    try:
        barrier.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        with lock:
            broken += 1


ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(broken)
