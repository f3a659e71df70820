# check: Condition.notify() without holding the condition's lock raises RuntimeError
import threading

cond = threading.Condition()
trail = []


def signaller():
    try:
        cond.notify()
        trail.append("notified")
    except RuntimeError:
        trail.append("RuntimeError")


t = threading.Thread(target=signaller)
t.start()
t.join()
first = trail[0]
print(trail)
