# ordered
# Condition.wait_for timing out returns the predicate's last value: 0 (an int), text '0'.
import threading

log = []
cond = threading.Condition()
items = []


def consumer():
    with cond:
        got = cond.wait_for(lambda: len(items), timeout=0.02)
        log.append(f"{got}")


t = threading.Thread(target=consumer)
t.start()
t.join()
print(log)
