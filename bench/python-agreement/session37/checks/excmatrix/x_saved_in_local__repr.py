"""An exception from saved_in_local, read as `repr(e)`."""
import threading

log = []


class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status


def worker(n):
    err = None
    try:
        if n == 2:
            raise FetchError(404, f"/page/{n}")
        log.append(n)
    except FetchError as e:
        err = e
    if err is not None:
        log.append(repr(err))


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
