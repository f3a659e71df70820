"""Condition.wait(timeout) returns False when nobody notifies; wait_for returns the predicate's value."""
import threading

cond = threading.Condition()
items = []
results = []


def impatient():
    with cond:
        results.append(cond.wait(timeout=0.01))
        results.append(cond.wait_for(lambda: len(items) > 0, timeout=0.01))


t = threading.Thread(target=impatient)
t.start()
t.join()
print(results)
