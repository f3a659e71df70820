"""Barrier.wait() returns a distinct index 0..n-1 to each party."""
import threading

barrier = threading.Barrier(3)
indexes = []
lock = threading.Lock()


def party():
    i = barrier.wait()
    with lock:
        indexes.append(i)


if __name__ == "__main__":
    threads = [threading.Thread(target=party) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    indexes.sort()
