# Three workers compute in two phases separated by a Barrier; phase 2 reads everyone's phase 1 result.
import threading

WORKERS = 3

barrier = threading.Barrier(WORKERS)
phase1 = [0] * WORKERS
phase2 = [0] * WORKERS


def worker(index):
    phase1[index] = (index + 1) * 10
    barrier.wait()
    phase2[index] = sum(phase1) + index


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert phase2 == [60, 61, 62]
