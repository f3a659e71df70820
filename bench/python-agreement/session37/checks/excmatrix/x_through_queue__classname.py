"""An exception from through_queue, read as `type(e).__name__`."""
import queue
import threading

log = []


class FetchError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{url} failed")
        self.status = status

outbox = queue.Queue()


def worker(n):
    try:
        if n == 2:
            raise FetchError(404, f"/page/{n}")
        outbox.put(n)
    except FetchError as e:
        outbox.put(e)


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for _ in range(2):
    r = outbox.get()
    if isinstance(r, FetchError):
        log.append(type(r).__name__)
    else:
        log.append(r)
print(sorted(log, key=str))
