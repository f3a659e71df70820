"""Display unpacking into globals from two threads: a, b = b, a + b (Fibonacci steps) with a sleep between."""
import threading
import time

a = 0
b = 1


def step(n):
    global a, b
    for _ in range(n):
        x, y = a, b
        time.sleep(0)
        a, b = y, x + y


threads = [threading.Thread(target=step, args=(2,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(a, b)
