# Check: main iterates over a list (sleeping in the body) while a thread appends: the loop sees the new items. Bug: unsynchronised iteration (no error for lists).
import threading
import time

orders = [1, 2]
total = 0
visits = 0


def more():
    time.sleep(0.005)
    orders.append(10)
    orders.append(20)


t = threading.Thread(target=more)
t.start()
for o in orders:
    total += o
    visits += 1
    time.sleep(0.01)
t.join()
print(f"total={total} visits={visits}")
