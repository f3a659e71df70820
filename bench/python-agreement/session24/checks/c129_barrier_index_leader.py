"""Barrier.wait() returns 0..n-1, a different index per thread: exactly one thread sees 0 and leads."""
import threading

barrier = threading.Barrier(3)
leaders = 0
index_sum = 0
lock = threading.Lock()


def party():
    global leaders, index_sum
    index = barrier.wait()
    with lock:
        index_sum += index
        if index == 0:
            leaders += 1


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(leaders, index_sum)
