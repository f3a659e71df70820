# breaking out of a for over a generator closes it: its finally runs right away (CPython refcounting)
import threading

log = []


def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("closed")


def consume():
    for n in numbers():
        log.append(n)
        if n == 1:
            break
    log.append("after loop")


t = threading.Thread(target=consume)
t.start()
t.join()
print(log)
