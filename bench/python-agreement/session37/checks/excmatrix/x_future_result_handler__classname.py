"""An exception from future_result_handler, read as `type(e).__name__`."""
from concurrent.futures import ThreadPoolExecutor

log = []


class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status


def fetch(n):
    if n == 2:
        raise FetchError(404, f"/page/{n}")
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(fetch, n) for n in (1, 2)]
for f in futures:
    try:
        log.append(f.result())
    except FetchError as e:
        log.append(type(e).__name__)
print(sorted(log, key=str))
