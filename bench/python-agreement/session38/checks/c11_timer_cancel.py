# ordered
# A threading.Timer cancelled before it fires never runs its function.
import threading
import time

log = []


def fire(name):
    log.append(name)


early = threading.Timer(0.01, fire, args=("early",))
late = threading.Timer(0.5, fire, args=("late",))
early.start()
late.start()
late.cancel()
early.join()
late.join()
log.append("done")
print(log)
