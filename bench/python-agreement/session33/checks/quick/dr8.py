import threading

log = []
slots = threading.BoundedSemaphore(1)


def work():
    with slots:
        raise ValueError("bad input")


try:
    work()
except ValueError:
    log.append("failed")
with slots:
    log.append("again")
print(log)
