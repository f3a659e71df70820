"""Barrier.wait() returns each thread's arrival index; threads that arrive in a fixed order get 0, 1, 2."""
import threading
import time

barrier = threading.Barrier(3)
index_of: dict[int, int] = {}


def arrive(n: int) -> None:
    time.sleep(0.01 * n)
    index_of[n] = barrier.wait()


threads = [threading.Thread(target=arrive, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(index_of)
