# The function around the `with` binds the generator's global as a local of its own: refused.
from contextlib import contextmanager

count = 0


@contextmanager
def counted():
    global count
    count += 1
    yield


def run() -> int:
    count = 5
    with counted():
        pass
    return count


print(run(), count)
