"""A pool of free connections: check-then-act between `if self.available` and `pop()`; a client that finds
the pool empty gets None (CPython: both connections handed out, the third client gets nothing; weft also
lists the race where two clients pass the test and one pops from the empty list: IndexError)."""
import threading


class Pool:
    def __init__(self, size):
        self.available = list(range(size))
        self.in_use = []
        self.lock = threading.Lock()

    def acquire(self):
        if self.available:
            conn = self.available.pop()
            self.in_use.append(conn)
            return conn
        return None


p = Pool(2)
got = []


def client():
    c = p.acquire()
    if c is not None:
        got.append(c)


ts = [threading.Thread(target=client) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got), len(p.in_use))
