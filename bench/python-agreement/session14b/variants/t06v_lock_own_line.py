# Expected: readers never see a half-written record (torn_reads stays 0), the writer runs exclusively (no bug).
import threading
import time


class ReadWriteLock:
    def __init__(self):
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.readers = 0

    def acquire_read(self):
        with self.cond:
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        self.cond.acquire()
        while self.readers > 0:
            self.cond.wait()

    def release_write(self):
        self.cond.release()


rw = ReadWriteLock()
record = [0, 0]
torn_reads = 0
reads_done = 0


def reader():
    global torn_reads, reads_done
    for _ in range(3):
        rw.acquire_read()
        try:
            a = record[0]
            time.sleep(0.001)
            b = record[1]
            if a != b:
                torn_reads += 1
        finally:
            rw.release_read()
    with rw.cond:
        reads_done += 1


def writer():
    for value in range(1, 3):
        rw.acquire_write()
        try:
            record[0] = value
            time.sleep(0.001)
            record[1] = value
        finally:
            rw.release_write()


threads = [threading.Thread(target=reader) for _ in range(2)] + [threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("record", record, "torn", torn_reads, "reads_done", reads_done)
