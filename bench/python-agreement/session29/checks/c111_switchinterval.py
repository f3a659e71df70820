# sys.setswitchinterval makes the GIL change hands often: an unlocked += can lose updates
import sys
import threading

sys.setswitchinterval(1e-6)
count = 0


def add():
    global count
    for _ in range(20000):
        count += 1


ts = [threading.Thread(target=add) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lost = 1 if count < 40000 else 0
print(count, lost)
