"""Readers-writers lock built on a Condition: many readers or one writer."""
import threading
import time


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


rw = ReadWriteLock()
config = {"version": 0, "timeout": 10}
reads_seen = []
bad_reads = 0


def reader(n):
    global bad_reads
    for _ in range(3):
        rw.acquire_read()
        try:
            version = config["version"]
            time.sleep(0.001)
            if config["timeout"] != 10 + version:
                bad_reads += 1
            reads_seen.append(version)
        finally:
            rw.release_read()


def writer():
    for _ in range(2):
        rw.acquire_write()
        try:
            config["version"] += 1
            time.sleep(0.001)
            config["timeout"] = 10 + config["version"]
        finally:
            rw.release_write()


if __name__ == "__main__":
    threads = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
    threads.append(threading.Thread(target=writer))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bad_reads == 0
    assert config["version"] == 2
    print(f"reads={len(reads_seen)} final={config}")
