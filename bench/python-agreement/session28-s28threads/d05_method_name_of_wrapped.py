"""The `__name__` of a decorated method read through the class, as t06 prints it."""
import functools
import threading


def synchronized(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


class Box:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.items = 0

    @synchronized
    def put(self) -> None:
        self.items += 1


box = Box()
threads = [threading.Thread(target=box.put) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
name = Box.put.__name__
print(name, box.items)
assert box.items == 3
