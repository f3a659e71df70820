# no bug: a readers-writer lock built on a Condition; readers share, a writer is alone
import threading
from contextlib import contextmanager


class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0

    @contextmanager
    def read(self):
        with self._cond:
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @contextmanager
    def write(self):
        with self._cond:
            while self._readers > 0:
                self._cond.wait()
            yield


rw = ReadWriteLock()
config = {"version": 1}
seen = []


def reader():
    with rw.read():
        seen.append(config["version"])


def writer():
    with rw.write():
        config["version"] += 1


threads = [threading.Thread(target=reader), threading.Thread(target=writer), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("config:", config, "seen:", seen)
assert config["version"] == 2
assert all(v in (1, 2) for v in seen)
