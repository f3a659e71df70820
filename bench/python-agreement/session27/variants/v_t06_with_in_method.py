"""A functools.wraps decorator that takes the instance's lock around a method."""
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

    def hit(self, route: str, n: int = 1) -> int:
        with self._lock:
            current = self.hits.get(route, 0)
            self.hits[route] = current + n
            return self.hits[route]


counter = RateCounter()


def traffic(route: str, times: int) -> None:
    for _ in range(times):
        counter.hit(route)
    counter.hit("/total", n=times)


threads = [threading.Thread(target=traffic, args=(r, 50)) for r in ("/a", "/b", "/a")]
for t in threads:
    t.start()
for t in threads:
    t.join()
hits = dict(sorted(counter.hits.items()))
print(RateCounter.hit.__name__, hits)
assert hits == {"/a": 100, "/b": 50, "/total": 150}
