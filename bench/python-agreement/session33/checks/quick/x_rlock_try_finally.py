import threading

log = []
sem = threading.RLock()
lock2 = threading.Lock()


class Bad(Exception):
    pass


def work(fail):
    with sem:
        try:
            if fail:
                raise Bad(1)
            log.append('ok')
        finally:
            log.append('fin')
    return 9


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
