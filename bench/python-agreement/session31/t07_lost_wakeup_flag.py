# BUG: the consumer tests `ready` before taking the condition's lock, so a notify can slip in between (lost wake-up)
import threading

cond = threading.Condition()
ready = False
payload = []
woken = False
timed_out = False


def consumer():
    global woken, timed_out
    if not ready:
        # window: the producer may set ready and notify right here
        with cond:
            got = cond.wait(timeout=0.2)
            if got:
                woken = True
            else:
                timed_out = True
    else:
        woken = True
    payload.append("consumed")


def producer():
    global ready
    payload.append("produced")
    with cond:
        ready = True
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()

print("ready:", ready)
print("woken:", woken, "timed_out:", timed_out)
print("payload:", payload)
