import threading
import time

cond = threading.Condition()
woken = 0
tokens = 0


def waiter() -> None:
    global woken, tokens
    with cond:
        while tokens == 0:
            if not cond.wait(timeout=0.1):
                return
        tokens -= 1
        woken += 1


threads = [threading.Thread(target=waiter) for _ in range(3)]
for t in threads:
    t.start()
time.sleep(0.02)
with cond:
    tokens = 1
    cond.notify(1)
for t in threads:
    t.join()
print(f"woken={woken}")
assert woken == 1
