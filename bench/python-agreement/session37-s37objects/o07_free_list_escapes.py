# Still refused: a connection taken from the free list is also kept in a dict of owners, so which
# instance the dict holds is a value of the run that weft does not follow.
import threading


class Conn:
    def __init__(self, ident):
        self.ident = ident
        self.uses = 0


class Pool:
    def __init__(self):
        self._free = [Conn(0), Conn(1)]
        self._lock = threading.Lock()
        self.owners = {}

    def take(self, owner):
        with self._lock:
            conn = self._free.pop()
            self.owners[owner] = conn
        return conn

    def give(self, conn):
        with self._lock:
            self._free.append(conn)


pool = Pool()


def worker(name):
    conn = pool.take(name)
    conn.uses += 1
    pool.give(conn)


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(pool.owners))
