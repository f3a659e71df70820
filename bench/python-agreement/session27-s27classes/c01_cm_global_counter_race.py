# BUG: a @contextmanager that counts active users in a global without a lock: updates can be lost.
import threading
from contextlib import contextmanager

active = 0
entered = 0


@contextmanager
def tracked():
    global active, entered
    active += 1
    entered += 1
    try:
        yield
    finally:
        active -= 1


def worker() -> None:
    global entered
    with tracked():
        pass
    entered += 0


with tracked():
    first_active = active
threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"active={active} entered={entered} first={first_active}")
assert active == 0 and entered == 3
