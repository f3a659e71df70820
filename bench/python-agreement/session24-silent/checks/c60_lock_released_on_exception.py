import threading

lock = threading.Lock()
log = []


def failing():
    with lock:
        raise RuntimeError("x")


def work():
    try:
        failing()
    except RuntimeError:
        log.append(lock.acquire(blocking=False))


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
