from concurrent.futures import ThreadPoolExecutor

log = []


class Span:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name}")
        return False


def job(text):
    with Span(text):
        return int(text)


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, t) for t in ("1", "x")]
for f in futures:
    log.append("failed" if f.exception() is not None else f.result())
print(sorted(log, key=str))
