"""A method returning self early (chaining) or after a change."""
import threading


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        if by == 0:
            return self
        self.n += by
        return self


c = Counter()


def worker():
    c.bump(2).bump(0).bump(3)


t = threading.Thread(target=worker)
t.start()
t.join()
print(c.n)
