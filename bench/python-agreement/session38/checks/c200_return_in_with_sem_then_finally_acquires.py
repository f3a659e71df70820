# ordered
# `return` inside `with sem:` inside try/finally: the with releases before the finally runs, so the
# finally can take the semaphore again.
import threading

log = []
sem = threading.Semaphore(1)


def job():
    try:
        with sem:
            log.append("body")
            return 1
    finally:
        with sem:
            log.append("finally")


def worker():
    log.append(job())


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
