import threading
import time


class ConnectionPool:
    def __init__(self, size):
        self.slots = threading.BoundedSemaphore(size)
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0

    def query(self, n):
        with self.slots:
            with self.lock:
                self.active += 1
                self.peak = max(self.peak, self.active)
            time.sleep(0.01)
            with self.lock:
                self.active -= 1
            return n * n


def main():
    pool = ConnectionPool(2)
    answers = [None] * 5

    def run(i):
        answers[i] = pool.query(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("answers", answers)
    print("peak", pool.peak)
    assert pool.peak <= 2


main()
