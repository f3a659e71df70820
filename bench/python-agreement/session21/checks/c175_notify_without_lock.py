# BUG: Condition.notify() without holding the condition's lock raises RuntimeError
import threading

cond = threading.Condition()
ready = 0
outcome = "none"


def signal():
    global ready, outcome
    ready = 1
    try:
        cond.notify()
        outcome = "notified"
    except RuntimeError:
        outcome = "runtime error"


t = threading.Thread(target=signal)
t.start()
t.join()
print(outcome)
