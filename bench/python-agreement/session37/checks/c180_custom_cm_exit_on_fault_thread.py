import threading

log = []


class Span:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type is not None}")
        return False


def job(text):
    try:
        with Span(text):
            log.append(int(text))
    except ValueError:
        log.append("bad")


threads = [threading.Thread(target=job, args=(t,)) for t in ("1", "x")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
