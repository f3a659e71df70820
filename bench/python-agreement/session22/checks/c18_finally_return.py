import threading

log = []


def risky(x):
    try:
        if x < 0:
            raise ValueError("neg")
        return x * 2
    except ValueError:
        log.append("caught")
        return -1
    finally:
        log.append(f"finally {x}")


def worker():
    log.append(risky(3))
    log.append(risky(-3))


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
