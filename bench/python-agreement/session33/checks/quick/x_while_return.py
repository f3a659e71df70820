import threading

log = []
sem = threading.BoundedSemaphore(1)
lock2 = threading.Lock()


class Bad(Exception):
    pass


def work(fail):
    n = 0
    with sem:
        while True:
            n += 1
            if fail:
                raise Bad(n)
            if n == 2:
                return n


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
