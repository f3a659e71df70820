# BUG: lost signal (modelled on SCTBench sync01): the baker signals once without emptying `trays`, the
# state the loader tests; a signal before the wait is lost, one after it wakes the loader to find trays
# still > 0, and either way the loader waits until its timeout.
import threading

trays = 1
cond = threading.Condition()
log = []


def loader():
    with cond:
        while trays > 0:
            if not cond.wait(timeout=0.3):
                log.append("loader gave up")
                return
        log.append("loader loaded")


def baker():
    with cond:
        log.append("baker heated")
    with cond:
        cond.notify()


a = threading.Thread(target=loader)
b = threading.Thread(target=baker)
a.start()
b.start()
a.join()
b.join()

print(f"log={log} trays={trays}")
