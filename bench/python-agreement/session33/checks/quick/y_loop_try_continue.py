import threading

log = []
sem = threading.BoundedSemaphore(1)


class Bad(Exception):
    pass


def work(fail):
    total = 0
    with sem:
        for i in range(3):
            try:
                if i == 1:
                    raise KeyError(i)
                total += i
            except KeyError:
                continue
        if fail:
            raise Bad(total)
    return total


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
