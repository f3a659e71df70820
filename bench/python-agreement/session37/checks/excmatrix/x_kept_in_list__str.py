"""An exception from kept_in_list, read as `str(e)`."""
import threading

log = []


class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status

errors = []


def worker(n):
    try:
        if n == 2:
            raise FetchError(404, f"/page/{n}")
        log.append(n)
    except FetchError as e:
        errors.append(e)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for err in errors:
    log.append(str(err))
print(sorted(log, key=str))
