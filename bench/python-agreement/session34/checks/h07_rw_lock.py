# A readers-writer lock from a Condition with writer preference; two readers and a writer update a config.
import threading


class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False
        self.writers_waiting = 0

    def acquire_read(self):
        with self.cond:
            while self.writing or self.writers_waiting:
                self.cond.wait()
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.writers_waiting += 1
            while self.writing or self.readers:
                self.cond.wait()
            self.writers_waiting -= 1
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()


rw = RWLock()
config = {"version": 1}
reads = []


def reader():
    rw.acquire_read()
    try:
        reads.append(config["version"])
    finally:
        rw.release_read()


def writer():
    rw.acquire_write()
    try:
        config["version"] += 1
    finally:
        rw.release_write()


threads = [threading.Thread(target=reader), threading.Thread(target=writer), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(reads), config)
