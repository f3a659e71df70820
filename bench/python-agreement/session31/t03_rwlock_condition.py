# A readers-writer lock built from a Condition: many readers at once, writers alone
import threading


class RWLock:
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


rw = RWLock()
config = {"version": 1, "timeout": 30}
snapshots = []
max_readers_seen = 0


def reader(n):
    global max_readers_seen
    for _ in range(2):
        rw.acquire_read()
        try:
            max_readers_seen = max(max_readers_seen, rw._readers)
            snapshots.append(config["version"])
        finally:
            rw.release_read()


def writer():
    for _ in range(2):
        rw.acquire_write()
        try:
            config["version"] += 1
            config["timeout"] += 5
        finally:
            rw.release_write()


workers = [threading.Thread(target=reader, args=(i,)) for i in range(2)]
workers.append(threading.Thread(target=writer))
for w in workers:
    w.start()
for w in workers:
    w.join()

print("config:", config)
print("snapshots:", len(snapshots), "all valid:", all(1 <= v <= 3 for v in snapshots))
print("max_readers_seen in [1, 2]:", 1 <= max_readers_seen <= 2)
