# BUG: lost wake-up: the consumer checks the flag outside the lock, so the notify can come before it waits
import threading

cond = threading.Condition()
state = {"ready": False, "data": None}
outcome = []


def consumer():
    if not state["ready"]:
        with cond:
            woke = cond.wait(timeout=0.2)
            outcome.append("woken" if woke else "timed out")
    else:
        outcome.append("already ready")
    outcome.append(state["data"])


def producer():
    with cond:
        state["data"] = 42
        state["ready"] = True
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()

print(outcome)
assert outcome[0] != "timed out", "consumer missed the notification"
