# A module dict with string keys read with a key from a queue (a key it may not hold: KeyError caught).
import queue
import threading

prices = {"tea": 4, "milk": 2}
q = queue.Queue()
bill = 0
unknown = 0


def cashier():
    global bill, unknown
    for _ in range(3):
        item = q.get()
        try:
            bill += prices[item]
        except KeyError:
            unknown += 1


t = threading.Thread(target=cashier)
t.start()
for item in ("tea", "cake", "milk"):
    q.put(item)
t.join()
print(bill, unknown)
