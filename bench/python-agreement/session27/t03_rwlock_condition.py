"""A read-write lock built from a Condition: many readers or one writer."""
import threading


class ReadWriteLock:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    def acquire_read(self) -> None:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1

    def release_read(self) -> None:
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self) -> None:
        with self._cond:
            while self._writing or self._readers > 0:
                self._cond.wait()
            self._writing = True

    def release_write(self) -> None:
        with self._cond:
            self._writing = False
            self._cond.notify_all()


rw = ReadWriteLock()
config = {"version": 1, "replicas": 3}
seen: list[int] = []


def reader() -> None:
    rw.acquire_read()
    try:
        seen.append(config["version"] * 10 + config["replicas"])
    finally:
        rw.release_read()


def writer() -> None:
    rw.acquire_write()
    try:
        config["version"] = 2
        config["replicas"] = 5
    finally:
        rw.release_write()


threads = [threading.Thread(target=reader) for _ in range(2)] + [threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("seen", sorted(seen), "config", config)
assert all(s in (13, 25) for s in seen)
