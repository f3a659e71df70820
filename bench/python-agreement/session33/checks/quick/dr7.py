import threading

log = []
slots = threading.BoundedSemaphore(1)


def work(fail):
    with slots:
        try:
            if fail:
                raise ValueError("bad input")
            log.append("worked")
        finally:
            log.append("cleanup")


def guarded(fail):
    try:
        work(fail)
    except ValueError:
        log.append("failed")


t = threading.Thread(target=guarded, args=(True,))
t.start()
t.join()
print(log)
