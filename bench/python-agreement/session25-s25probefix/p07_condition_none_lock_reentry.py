# `threading.Condition(None)` is the default (an RLock of its own): re-entered by a helper function
# called inside `with cond:`.
import threading

cond = threading.Condition(None)
count = 0


def bump():
    global count
    with cond:
        count += 1


def worker():
    with cond:
        bump()
        bump()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
