# check: Condition.notify() and wait() without holding its lock raise RuntimeError
import threading

cond = threading.Condition()
kinds = []
try:
    cond.notify()
    kinds.append(1)
except RuntimeError:
    kinds.append(2)
try:
    cond.wait(0.01)
    kinds.append(1)
except RuntimeError:
    kinds.append(2)
