# an exception in a Condition.wait_for predicate reaches the waiter (the lock is released by `with`)
import threading

cond = threading.Condition()
state = {}
outcome = "none"


def waiter():
    global outcome
    try:
        with cond:
            cond.wait_for(lambda: state["ready"] == 1, timeout=0.1)
        outcome = "waited"
    except KeyError:
        outcome = "key error"


t = threading.Thread(target=waiter)
t.start()
t.join()
with cond:
    state["ready"] = 1
print(outcome)
