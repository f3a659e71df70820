# Check: Condition.wait_for returns at once (True) when the predicate already holds; wait_for returns the predicate's value. Bug: none.
import threading

cond = threading.Condition()
stock = 5
got = []


def buyer(n):
    global stock
    with cond:
        r = cond.wait_for(lambda: stock >= n, timeout=0.05)
        if r:
            stock -= n
        got.append(int(bool(r)))


ts = [threading.Thread(target=buyer, args=(n,)) for n in (3, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got.sort()
print(f"got={got} stock={stock}")
