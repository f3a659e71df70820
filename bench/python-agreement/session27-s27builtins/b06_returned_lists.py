# `return log[:n]`, `return list(log)`, `return sorted(log)` of functions inlined into a thread that
# races with an append (session 26's t09 value forms): each list made at the `return` in one step.
import threading

log: list[int] = [5, 3, 8]
lock = threading.Lock()
out: dict[str, int] = {}


def head(n: int) -> list[int]:
    with lock:
        if n > len(log):
            raise IndexError("short")
        return log[:n]


def copy_all() -> list[int]:
    with lock:
        return list(log)


def ordered() -> list[int]:
    return sorted(log)


def worker(n: int) -> None:
    part = head(n)
    whole = copy_all()
    order = ordered()
    with lock:
        out["second"] = part[1]
        out["first"] = part[0]
        out["whole"] = whole[-1]
        out["low"] = order[0]


def grow() -> None:
    with lock:
        log.append(1)


threads = [threading.Thread(target=worker, args=(2,)), threading.Thread(target=grow)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
