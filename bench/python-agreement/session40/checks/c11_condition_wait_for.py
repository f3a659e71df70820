# Check: Condition.wait_for with a predicate and a timeout that expires. Bug: none.
import threading
import time

cond = threading.Condition()
level = 0
got = []


def waiter(need, timeout):
    with cond:
        ok = cond.wait_for(lambda: level >= need, timeout=timeout)
        got.append((need, ok))


def filler():
    global level
    for _ in range(3):
        time.sleep(0.01)
        with cond:
            level += 1
            cond.notify_all()


ws = [threading.Thread(target=waiter, args=(2, 1.0)), threading.Thread(target=waiter, args=(10, 0.1))]
f = threading.Thread(target=filler)
for w in ws:
    w.start()
f.start()
for w in ws:
    w.join()
f.join()
got.sort()
print(f"got={got} level={level}")
