import logging
import threading

log = []


def ratio(a, b):
    return a // b


def worker(a, b):
    try:
        logging.info("ratio %s", ratio(a, b))
        log.append("logged")
    except ZeroDivisionError:
        log.append("zero")


threads = [threading.Thread(target=worker, args=(a, b)) for a, b in ((4, 2), (1, 0))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
