# check: for/else and while/else with break in a thread
import threading

res = []


def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            res.append(i)
            break
    else:
        res.append(-1)
    n = 0
    while n < 3:
        n += 1
    else:
        res.append(n)


ts = [threading.Thread(target=search, args=([4, 5, 6], t)) for t in (5, 9)]
for t in ts:
    t.start()
    t.join()
