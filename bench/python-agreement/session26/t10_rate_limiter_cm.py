import threading
from contextlib import contextmanager
from itertools import count

slots = threading.BoundedSemaphore(2)
stats_lock = threading.Lock()
in_flight = 0
peak = 0
request_ids = count(100)
served: list[int] = []


@contextmanager
def rate_limited():
    global in_flight, peak
    with slots:
        with stats_lock:
            in_flight += 1
            peak = max(peak, in_flight)
        try:
            yield
        finally:
            with stats_lock:
                in_flight -= 1


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
print(f"served={served_count} peak={peak} in_flight={in_flight} ids={served_sorted}")
assert peak <= 2 and in_flight == 0
