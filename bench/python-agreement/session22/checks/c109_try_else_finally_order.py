import threading

log = []


def step(x):
    try:
        value = 10 // x
    except ZeroDivisionError:
        log.append(f"zero {x}")
    else:
        log.append(f"ok {value}")
    finally:
        log.append(f"finally {x}")


def worker():
    step(0)
    step(5)
    try:
        try:
            raise KeyError("inner")
        finally:
            log.append("cleanup")
    except KeyError as e:
        log.append(f"outer {e}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
