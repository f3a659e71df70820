# BUG: lost update: a worker gives its connection back and then bumps the connection's use count, so
# another worker that took the same connection may bump it at the same time.
import threading


class Conn:
    def __init__(self, ident):
        self.ident = ident
        self.uses = 0


class Pool:
    def __init__(self):
        self._free = [Conn(0), Conn(1)]
        self._lock = threading.Lock()
        self._all = list(self._free)

    def take(self):
        with self._lock:
            return self._free.pop()

    def give(self, conn):
        with self._lock:
            self._free.append(conn)

    def total_uses(self):
        return sum(c.uses for c in self._all)


pool = Pool()


def worker():
    for _ in range(2):
        conn = pool.take()
        pool.give(conn)
        conn.uses += 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = pool.total_uses()
print("uses", total)
assert total == 4, total
