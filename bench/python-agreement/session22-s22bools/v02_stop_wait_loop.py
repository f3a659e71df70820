# `while not stop.wait(interval)`: the commonest form; the flag's text and a bool from `wait_for`
# with a bool predicate kept in a global.
import threading

stop = threading.Event()
cond = threading.Condition()
items = []
log = []
last = False


def heartbeat():
    global last
    beats = 0
    while not stop.wait(0.005):
        beats += 1
        if beats >= 2:
            break
    last = stop.wait(0)
    log.append(f"stopped={last}")


def consumer():
    with cond:
        ok = cond.wait_for(lambda: len(items) > 0, timeout=1)
    log.append(f"ok={ok}")


h = threading.Thread(target=heartbeat)
c = threading.Thread(target=consumer)
h.start()
c.start()
with cond:
    items.append(1)
    cond.notify_all()
h.join()
stop.set()
c.join()
final = stop.wait(0.01)
summary = f"final={final}"
