"""A functools.wraps decorator that takes the instance's lock around a method (session27/t06 without `dict(sorted(...items()))`)."""
import functools
import threading


def synchronized(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


class RateCounter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.hits: dict[str, int] = {}

    @synchronized
    def hit(self, route: str, n: int = 1) -> int:
        current = self.hits.get(route, 0)
        self.hits[route] = current + n
        return self.hits[route]


counter = RateCounter()


def traffic(route: str, times: int) -> None:
    for _ in range(times):
        counter.hit(route)
    counter.hit("/total", n=times)


threads = [threading.Thread(target=traffic, args=(r, 5)) for r in ("/a", "/b", "/a")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.hits["/a"], counter.hits["/b"], counter.hits["/total"])
assert counter.hits == {"/a": 10, "/b": 5, "/total": 15}
