# BUG: lost update: the decorator counts calls on the instance outside any lock
import functools
import threading
import time


def counted(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        seen = self.calls
        time.sleep(0.001)
        self.calls = seen + 1
        return method(self, *args, **kwargs)

    return wrapper


class Service:
    def __init__(self) -> None:
        self.calls = 0
        self.lock = threading.Lock()
        self.total = 0

    @counted
    def handle(self, amount: int) -> None:
        with self.lock:
            self.total += amount


service = Service()
threads = [threading.Thread(target=service.handle, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(service.calls, service.total)
assert service.calls == 2, "a call was not counted"
