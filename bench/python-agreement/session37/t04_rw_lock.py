# A readers-writer lock built from a Condition: many readers at once, a writer alone.
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


config = {"version": 1, "timeout": 30}
rw = ReadWriteLock()
seen = []


def reader(name):
    for _ in range(2):
        rw.acquire_read()
        try:
            # a writer never leaves the two keys out of step
            seen.append((name, config["version"], config["timeout"] == 30 * config["version"]))
        finally:
            rw.release_read()


def writer():
    for _ in range(2):
        rw.acquire_write()
        try:
            config["version"] += 1
            config["timeout"] = 30 * config["version"]
        finally:
            rw.release_write()


workers = [threading.Thread(target=reader, args=(f"r{i}",)) for i in range(2)]
workers.append(threading.Thread(target=writer))
for w in workers:
    w.start()
for w in workers:
    w.join()

consistent = all(ok for _, _, ok in seen)
version = config["version"]
reads = len(seen)
print(f"version={version} reads={reads} consistent={consistent}")
