import threading

log = []
slots = threading.BoundedSemaphore(1)


def work():
    with slots:
        try:
            raise ValueError("bad input")
        finally:
            log.append("cleanup")


try:
    work()
except ValueError:
    log.append("failed")
print(log)
