# check: an exception inside with lock releases the lock before the handler runs
import threading

lock = threading.Lock()
log = []


def risky():
    with lock:
        raise ValueError("bad")


def work():
    try:
        risky()
    except ValueError:
        log.append(f"caught locked={lock.locked()}")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
