# ordered
# Event.wait(timeout) returns False on a timeout and True once set.
import threading

log = []
ev = threading.Event()


def waiter():
    log.append(ev.wait(0.02))
    ev.set()
    log.append(ev.wait(0.02))
    log.append(ev.is_set())


t = threading.Thread(target=waiter)
t.start()
t.join()
print(log)
