import threading

log = []
slots = threading.BoundedSemaphore(1)


class BadInput(Exception):
    pass


def work(fail):
    with slots:
        try:
            if fail:
                raise BadInput("x")
            log.append("ok")
        finally:
            log.append("cleanup")


def runner():
    try:
        work(True)
    except BadInput:
        log.append("failed")
    work(False)


t = threading.Thread(target=runner)
t.start()
t.join()
print(log)
