import threading

log = []
limit = threading.BoundedSemaphore(1)


class ApiError(Exception):
    pass


def call(name, bad):
    with limit:
        try:
            if bad:
                raise ApiError(name)
            return name
        finally:
            log.append(("finally", name))


def guarded(name, bad):
    try:
        call(name, bad)
    except ApiError:
        log.append("failed")


threads = [threading.Thread(target=guarded, args=("a", True)), threading.Thread(target=guarded, args=("b", False))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
