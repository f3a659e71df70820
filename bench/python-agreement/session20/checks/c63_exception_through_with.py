"""An exception raised inside `with lock:` in a helper releases the lock on its way out to the caller's except."""
import threading

lock = threading.Lock()
events = []
errors = 0


def risky(n):
    with lock:
        events.append(f"in{n}")
        if n == 1:
            raise ValueError(f"bad {n}")
        events.append(f"ok{n}")


def worker(n):
    global errors
    try:
        risky(n)
    except ValueError:
        with lock:
            errors += 1
    with lock:
        events.append(f"after{n}")


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    events.sort()
