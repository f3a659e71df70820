# two threads add large amounts (past 2**63) to a shared total
import threading

total = 2 ** 62


def add(n):
    global total
    for _ in range(n):
        total += 2 ** 62


ts = [threading.Thread(target=add, args=(2,)), threading.Thread(target=add, args=(1,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total, total > 2 ** 63)
