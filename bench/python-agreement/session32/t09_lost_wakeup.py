# BUG: lost wake-up: the consumer tests `ready` outside the condition's lock, so the producer's notify can
# fall between the test and the wait; the consumer then sleeps until its timeout and reports a missed signal.
import threading

ready = False
cond = threading.Condition()
log = []


def consumer():
    if not ready:
        # window: producer may set ready and notify right here
        with cond:
            woke = cond.wait(timeout=0.3)
        log.append("woken" if woke else "timed out")
    else:
        log.append("saw ready")


def producer():
    global ready
    with cond:
        ready = True
        cond.notify()
    log.append("notified")


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print(log)
print("missed signal" if "timed out" in log else "fine")
