"""A method decorator whose wrapper names the instance `obj` and returns what the method returns."""
import threading
from functools import wraps


def locked(fn):
    @wraps(fn)
    def wrapper(obj, *args):
        with obj.guard:
            result = fn(obj, *args)
        return result

    return wrapper


class Inventory:
    def __init__(self, stock: int) -> None:
        self.guard = threading.Lock()
        self.stock = stock

    @locked
    def take(self, count: int) -> bool:
        if self.stock >= count:
            self.stock -= count
            return True
        return False


inventory = Inventory(5)
taken: list[bool] = []


def buyer(count: int) -> None:
    taken.append(inventory.take(count))


threads = [threading.Thread(target=buyer, args=(c,)) for c in (3, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(inventory.stock, sorted(taken))
assert inventory.stock == 2
assert sorted(taken) == [False, True]
