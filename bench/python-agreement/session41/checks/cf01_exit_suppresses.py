# check: a context manager whose __exit__ returns True swallows the exception
import threading

log = []


class Guard:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {exc_type.__name__ if exc_type else None}")
        return True


def work():
    with Guard():
        log.append("body")
        raise KeyError("x")
    log.append("after")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
