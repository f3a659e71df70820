# CPython: setting daemon on a started thread raises RuntimeError("cannot set daemon status of active
# thread"): ok log == ['runtime error', 'worked'] (10/10).
# weft explore: "complete within a 20ms time window", log[0] == 'set' only (the assignment is accepted).
import threading
import time

log = []


def work():
    time.sleep(0.01)
    log.append("worked")


t = threading.Thread(target=work)
t.start()
try:
    t.daemon = True
    log.append("set")
except RuntimeError:
    log.append("runtime error")
t.join()
