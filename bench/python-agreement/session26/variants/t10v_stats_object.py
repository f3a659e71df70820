import threading
from contextlib import contextmanager
from itertools import count

slots = threading.BoundedSemaphore(2)
stats_lock = threading.Lock()
class Stats:
    in_flight = 0
    peak = 0


stats = Stats()
request_ids = count(100)
served: list[int] = []


@contextmanager
def rate_limited():
    with slots:
        with stats_lock:
            stats.in_flight += 1
            stats.peak = max(stats.peak, stats.in_flight)
        try:
            yield
        finally:
            with stats_lock:
                stats.in_flight -= 1


def client(requests: int) -> None:
    for _ in range(requests):
        with rate_limited():
            with stats_lock:
                served.append(next(request_ids))


clients = [threading.Thread(target=client, kwargs={"requests": 2}) for _ in range(3)]
for c in clients:
    c.start()
for c in clients:
    c.join()

served_count = len(served)
served_sorted = sorted(served)
peak = stats.peak
in_flight = stats.in_flight
print(f"served={served_count} peak={peak} in_flight={in_flight} ids={served_sorted}")
assert peak <= 2 and in_flight == 0
