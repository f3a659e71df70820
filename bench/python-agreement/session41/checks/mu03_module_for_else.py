# check: module level: a name bound only in a for-else's else, the loop breaking
import threading

orders = []


def fill():
    orders.extend([1, 2])


t = threading.Thread(target=fill)
t.start()
t.join()
for o in orders:
    if o > 1:
        break
else:
    price = 0
out = [price]
print(out)
