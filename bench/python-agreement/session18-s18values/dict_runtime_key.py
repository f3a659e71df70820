# no bug: workers price the items they take from a queue in a dict with string keys (a run-time key);
# a missing item is KeyError, caught; label lengths come from a dict of strings
# CPython 3.11.7 (10 runs): ok 10 of 10, total=10 letters=8 unknown=1
import queue
import threading

PRICES = {"apple": 3, "pear": 5, "fig": 7}
LABELS = {"apple": "Apple", "pear": "Pear", "fig": "Fig"}
orders = queue.Queue()
total = 0
letters = 0
unknown = 0
lock = threading.Lock()


def cashier():
    global total, letters, unknown
    while True:
        item = orders.get()
        if item == "":
            break
        try:
            price = PRICES[item]
        except KeyError:
            with lock:
                unknown += 1
            continue
        with lock:
            total += price
            letters += len(LABELS[item])


for item in ["apple", "plum", "fig", "", ""]:
    orders.put(item)
cashiers = [threading.Thread(target=cashier) for _ in range(2)]
for c in cashiers:
    c.start()
for c in cashiers:
    c.join()
print(total, letters, unknown)
assert total == 10 and letters == 8 and unknown == 1
