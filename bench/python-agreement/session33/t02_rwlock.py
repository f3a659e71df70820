import threading


class ReadWriteLock:
    """Many readers or one writer, built from a single Condition."""

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


config = {"version": 0, "name": "init"}
seen = []
rw = ReadWriteLock()


def reader(rid):
    for _ in range(2):
        rw.acquire_read()
        try:
            seen.append((rid, config["version"], config["name"]))
        finally:
            rw.release_read()


def writer():
    for version in (1, 2):
        rw.acquire_write()
        try:
            config["version"] = version
            config["name"] = f"v{version}"
        finally:
            rw.release_write()


threads = [threading.Thread(target=reader, args=(i,)) for i in range(2)]
threads.append(threading.Thread(target=writer))
for t in threads:
    t.start()
for t in threads:
    t.join()

consistent = all(name == ("init" if v == 0 else f"v{v}") for _, v, name in seen)
print("reads", len(seen), "consistent", consistent, "final", config["version"], config["name"])
