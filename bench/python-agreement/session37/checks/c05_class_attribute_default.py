import threading


class RetryableError(Exception):
    retries = 3


class FatalError(RetryableError):
    retries = 0


log = []


def work(kind):
    try:
        if kind == "fatal":
            raise FatalError("disk")
        raise RetryableError("net")
    except RetryableError as e:
        log.append((kind, e.retries, e.args[0]))


threads = [threading.Thread(target=work, args=(k,)) for k in ("fatal", "net")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
