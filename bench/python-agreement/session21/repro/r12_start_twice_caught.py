# CPython: the second start() raises RuntimeError("threads can only be started once"), which the program
# catches: ok log == ['worked', 'runtime error'] (10/10).
# weft explore: "complete", one outcome: fault log == ['worked'] (the error is a fault no `except` catches).
import threading

log = []


def work():
    log.append("worked")


t = threading.Thread(target=work)
t.start()
t.join()
try:
    t.start()
    log.append("restarted")
except RuntimeError:
    log.append("runtime error")
