# no bug: log[0] of a list a thread has not appended to yet, caught by except IndexError (CPython first=-1 early=1; weft: fault, KeyError)
import threading

log = []
first = -1
early = 0


def writer():
    log.append(3)


t = threading.Thread(target=writer)
try:
    first = log[0]
except IndexError:
    early = 1
t.start()
t.join()
