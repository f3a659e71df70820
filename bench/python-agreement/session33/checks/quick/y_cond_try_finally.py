import threading

log = []
sem = threading.BoundedSemaphore(1)


class Bad(Exception):
    pass


cond = threading.Condition()
def work(fail):
    with cond:
        try:
            if fail:
                raise Bad(1)
            v = 3
        finally:
            cond.notify_all()
    return v


def runner():
    try:
        log.append(work(True))
    except Bad:
        log.append('failed')
    log.append(work(False))
    log.append(sem.acquire(blocking=False))


t = threading.Thread(target=runner)
t.start()
t.join()
print(log)
