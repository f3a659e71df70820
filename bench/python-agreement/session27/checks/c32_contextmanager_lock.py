"""A contextlib.contextmanager that takes a lock and records entry/exit even when the body raises."""
import contextlib
import threading

lock = threading.Lock()
events: list[str] = []
errors = 0


@contextlib.contextmanager
def locked(name: str):
    with lock:
        events.append(f"in:{name}")
        try:
            yield name
        finally:
            events.append(f"out:{name}")


def job(name: str, fail: bool) -> None:
    global errors
    try:
        with locked(name) as n:
            if fail:
                raise RuntimeError(n)
            events.append(f"work:{n}")
    except RuntimeError:
        errors += 1


t1 = threading.Thread(target=job, args=("a", False))
t1.start()
t1.join()
t2 = threading.Thread(target=job, args=("b", True))
t2.start()
t2.join()
print(events, errors)
