import threading

log: list[str] = []
lock = threading.Lock()


def step(kind: str) -> None:
    try:
        if kind == "key":
            {}["missing"]
        elif kind == "index":
            [][0]
        elif kind == "zero":
            1 // 0
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
