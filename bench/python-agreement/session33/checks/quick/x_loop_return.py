import threading

log = []
sem = threading.BoundedSemaphore(1)
lock2 = threading.Lock()


class Bad(Exception):
    pass


def work(fail):
    with sem:
        for i in range(3):
            if fail and i == 1:
                raise Bad(i)
            if i == 2:
                return i
    return -1


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
