"""None as a value: comparisons with 0 and "", `or` defaults, a dict.get miss, a function with no return."""
import threading

out = []
cache = {"a": 0}


def nothing():
    pass


def worker():
    missing = cache.get("b")
    zero = cache.get("a")
    out.append(1 if missing == 0 else 0)
    out.append(1 if zero is None else 0)
    out.append(1 if missing is None else 0)
    fallback = missing or 5
    out.append(fallback)
    kept = zero or 9
    out.append(kept)
    out.append(1 if missing == "" else 0)


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
