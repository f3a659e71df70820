"""A lock and an instance unpacked together at the module's top level."""
import threading


class Tally:
    def __init__(self) -> None:
        self.count = 0


guard, tally = threading.Lock(), Tally()


def add(times: int) -> None:
    for _ in range(times):
        with guard:
            tally.count += 1


threads = [threading.Thread(target=add, args=(n,)) for n in (2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(tally.count)
assert tally.count == 5
