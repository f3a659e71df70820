# no bug: a readers-writer lock built on a Condition; readers share, a writer is alone
import threading


class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0

    def acquire_read(self):
        with self._cond:
            self._readers += 1

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self):
        self._cond.acquire()
        while self._readers > 0:
            self._cond.wait()

    def release_write(self):
        self._cond.release()


rw = ReadWriteLock()
config = {"version": 1}
seen = []


def reader():
    rw.acquire_read()
    try:
        seen.append(config["version"])
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
print("config:", config, "seen:", seen)
assert config["version"] == 2
for v in seen:
    assert v in (1, 2)
