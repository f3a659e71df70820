# ordered
# Condition.wait_for with a timeout returns the predicate's last value (False when it timed out).
import threading

log = []
cond = threading.Condition()
state = {"ready": 0}


def waiter():
    with cond:
        got = cond.wait_for(lambda: state["ready"] > 0, timeout=0.05)
        log.append(got)
        log.append(state["ready"])


t = threading.Thread(target=waiter)
t.start()
t.join()
print(log)
