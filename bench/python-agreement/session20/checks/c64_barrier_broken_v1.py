"""Barrier.wait(timeout) with a party missing: every waiter gets BrokenBarrierError; abort() breaks it too."""
import threading

barrier = threading.Barrier(3)
broken = []
lock = threading.Lock()


def party(n):
    try:
        barrier.wait(timeout=0.02)
        outcome = "passed"
    except threading.BrokenBarrierError:
        outcome = "broken"
    with lock:
        broken.append(f"{n}:{outcome}")


if __name__ == "__main__":
    threads = [threading.Thread(target=party, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    broken.sort()
