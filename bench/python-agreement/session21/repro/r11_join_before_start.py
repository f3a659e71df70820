# CPython: join() of a thread not yet started raises RuntimeError("cannot join thread before it is started"),
# which the program catches: ok log == ['runtime error', 'worked'] (10/10).
# weft explore: "complete", one outcome: deadlock (the join waits for a thread that is never started before it).
import threading

log = []


def work():
    log.append("worked")


t = threading.Thread(target=work)
try:
    t.join()
    log.append("joined")
except RuntimeError:
    log.append("runtime error")
t.start()
t.join()
