# check: Condition.wait(timeout) returns False when not notified; wait_for returns the predicate's value
import threading

cond = threading.Condition()
items = []
r = []

with cond:
    r.append(int(cond.wait(0.01)))
    r.append(int(bool(cond.wait_for(lambda: len(items) > 0, timeout=0.01))))
