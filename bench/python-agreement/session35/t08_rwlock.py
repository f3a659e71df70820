"""A read-write lock built from one Condition: readers share, a writer is alone."""
import threading


class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    def acquire_read(self):
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            while self._writing or self._readers > 0:
                self._cond.wait()
            self._writing = True

    def release_write(self):
        with self._cond:
            self._writing = False
            self._cond.notify_all()


prices = {"apple": 3, "pear": 4}
rw = ReadWriteLock()
reads = []


def reader(item):
    rw.acquire_read()
    try:
        reads.append((item, prices[item]))
    finally:
        rw.release_read()


def writer(item, delta):
    rw.acquire_write()
    try:
        prices[item] = prices[item] + delta
    finally:
        rw.release_write()


threads = [
    threading.Thread(target=reader, args=("apple",)),
    threading.Thread(target=writer, args=("apple", 10)),
    threading.Thread(target=writer, args=("pear", 1)),
    threading.Thread(target=reader, args=("pear",)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("prices:", prices)
print("apple read:", [p for item, p in reads if item == "apple"])
print("pear read:", [p for item, p in reads if item == "pear"])
