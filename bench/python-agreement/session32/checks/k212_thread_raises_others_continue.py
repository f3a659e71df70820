# One thread raises an uncaught exception; the other thread and main go on.
import threading

log = []


def bad():
    raise KeyError("x")


def good():
    log.append("good")


ts = [threading.Thread(target=bad), threading.Thread(target=good)]
for t in ts:
    t.start()
for t in ts:
    t.join()
log.append("main")
print(log)
