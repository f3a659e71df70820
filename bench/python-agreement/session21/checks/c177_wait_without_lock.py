# BUG: Condition.wait() without holding the lock raises RuntimeError at once
import threading

cond = threading.Condition()
outcome = "none"


def waiter():
    global outcome
    try:
        cond.wait(0.01)
        outcome = "waited"
    except RuntimeError:
        outcome = "runtime error"


t = threading.Thread(target=waiter)
t.start()
t.join()
print(outcome)
