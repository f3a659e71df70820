"""Two threads that each do a little CPU work then wait on I/O, three rounds."""
import threading
import time

ROUNDS = 3

checksums = [0, 0]


WORK = 20000


def burn():  # weft: cpu CALIBRATED
    total = 0
    for i in range(WORK):
        total += i % 7
    return total


def worker(slot):
    for _ in range(ROUNDS):
        checksums[slot] += burn()
        time.sleep(0.010)


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(s,)) for s in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert checksums[0] == checksums[1]
