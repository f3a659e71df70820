# A class with __enter__/__exit__ around a faulting int() in a pool job: __exit__ runs.
from concurrent.futures import ThreadPoolExecutor

log = []


class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name}")
        return False


def parse(text):
    with Tracker(text):
        return int(text)


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(parse, "x")
    try:
        future.result()
    except ValueError:
        log.append("bad")
print(log)
