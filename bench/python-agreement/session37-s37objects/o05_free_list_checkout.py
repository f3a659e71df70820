# A pool of dataclass connections on a free list: checkout pops one under a lock, checkin appends it
# back; a BoundedSemaphore keeps at most two out. Each connection logs the jobs it ran.
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Conn:
    ident: int
    log: list = field(default_factory=list)


class Pool:
    def __init__(self, size):
        self._free = [Conn(i) for i in range(size)]
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self.out = 0
        self.peak = 0

    def checkout(self):
        self._slots.acquire()
        with self._lock:
            self.out += 1
            self.peak = max(self.peak, self.out)
            conn = self._free.pop()
        return conn

    def jobs_run(self):
        total = 0
        for c in self._free:
            total += len(c.log)
        return total

    def checkin(self, conn):
        with self._lock:
            self.out -= 1
            self._free.append(conn)
        self._slots.release()


pool = Pool(2)


def job(name):
    conn = pool.checkout()
    conn.log.append(name)
    time.sleep(0.002)
    pool.checkin(conn)


threads = [threading.Thread(target=job, args=(f"j{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
jobs_run = pool.jobs_run()
free_count = len(pool._free)
print(jobs_run, free_count, pool.peak, pool.out)
