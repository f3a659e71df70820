# The function around the `with` has the generator's global as a parameter: refused.
from contextlib import contextmanager

level = 0


@contextmanager
def deeper():
    global level
    level += 1
    yield
    level -= 1


def run(level: int) -> int:
    with deeper():
        return level


print(run(7))
