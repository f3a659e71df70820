# Check: two threads `if key in d: del d[key]` with a pause between: one may raise KeyError. Bug: check-then-act.
import threading
import time

carts = {"u1": 3, "u2": 5}
removed = 0
lock = threading.Lock()


def expire(user):
    global removed
    if user in carts:
        time.sleep(0.002)
        del carts[user]
        with lock:
            removed += 1


ts = [threading.Thread(target=expire, args=("u1",)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"removed={removed} left={len(carts)}")
