# A one-slot mailbox guarded by a Condition; a reader waits with wait_for. No bug.
import threading
from collections import deque

box = deque()
cond = threading.Condition()
received = []


def writer():
    for word in ["alpha", "beta", "gamma"]:
        with cond:
            cond.wait_for(lambda: len(box) == 0)
            box.append(word.upper())
            cond.notify_all()


def reader():
    for _ in range(3):
        with cond:
            cond.wait_for(lambda: len(box) > 0)
            received.append(box.popleft()[:3])
            cond.notify_all()


threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("-".join(received))
