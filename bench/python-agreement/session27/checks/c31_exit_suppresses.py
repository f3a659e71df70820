"""A context manager class whose __exit__ returns True swallows the exception; the thread goes on."""
import threading

log: list[str] = []


class Suppress:
    def __init__(self, label: str) -> None:
        self.label = label

    def __enter__(self) -> "Suppress":
        log.append(f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        log.append(f"exit {self.label} {exc_type.__name__ if exc_type else None}")
        return True


def worker() -> None:
    with Suppress("a"):
        raise KeyError("x")
    log.append("after a")
    with Suppress("b"):
        log.append("body b")
    log.append("after b")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
