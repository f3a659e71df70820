import threading

log: list[str] = []
lock = threading.Lock()
prices: dict[str, int] = {"ok": 1}
items: list[int] = []


def step(kind: str) -> None:
    try:
        if kind == "key":
            raise KeyError(kind)
        elif kind == "index":
            raise IndexError(kind)
        elif kind == "zero":
            raise ZeroDivisionError(kind)
    except LookupError as exc:
        entry = "lookup:" + type(exc).__name__
    except ArithmeticError:
        entry = "arith"
    else:
        entry = "none"
    finally:
        with lock:
            log.append(kind)
    with lock:
        log.append(entry)


for kind in ("key", "index", "zero", "ok"):
    t = threading.Thread(target=step, args=(kind,))
    t.start()
    t.join()
print(log)
