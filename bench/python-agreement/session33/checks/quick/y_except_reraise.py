import threading

log = []
sem = threading.BoundedSemaphore(1)


class Bad(Exception):
    pass


def work(fail):
    with sem:
        try:
            if fail:
                raise Bad(1)
            v = 1
        except Bad:
            log.append('saw')
            raise
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
