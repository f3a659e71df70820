# CPython 3.11.7, 10 of 10 runs: ok, report ['NotFoundError 404 /b: /b failed', '/b failed', 'FetchError 503 /c: /c failed', '/c failed']; weft: that and the other order of the two failures (2 outcomes, complete).
# A program's exception class with an __init__ that sets attributes: the handler reads e.status and the
# message passed to super().__init__; a subclass with `pass` inherits it. Two fetchers race on a cache.
import threading


class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status
        self.url = url


class NotFoundError(FetchError):
    pass


cache = {}
report = []
lock = threading.Lock()


def fetch(url, status):
    try:
        if status == 404:
            raise NotFoundError(status, url)
        if status >= 500:
            raise FetchError(status, url)
        with lock:
            cache[url] = status
    except FetchError as e:
        with lock:
            report.append(f"{type(e).__name__} {e.status} {e.url}: {e}")
            report.append(e.args[0])


threads = [threading.Thread(target=fetch, args=(u, s)) for u, s in [("/a", 200), ("/b", 404), ("/c", 503)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
