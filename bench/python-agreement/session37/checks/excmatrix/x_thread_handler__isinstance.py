"""An exception from thread_handler, read as `isinstance(e, FetchError)`."""
import threading

log = []


class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status


def fetch(n):
    if n == 2:
        raise FetchError(404, f"/page/{n}")
    return n


def worker(n):
    try:
        log.append(fetch(n))
    except FetchError as e:
        log.append(isinstance(e, FetchError))


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
