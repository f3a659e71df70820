import threading

log = []
limit = threading.BoundedSemaphore(1)


def call(name, bad):
    with limit:
        try:
            if bad:
                raise ValueError(name)
            return name
        finally:
            log.append(name)


def guarded(name, bad):
    try:
        call(name, bad)
    except ValueError:
        log.append("failed")


t = threading.Thread(target=guarded, args=("a", True))
t.start()
t.join()
print(log)
