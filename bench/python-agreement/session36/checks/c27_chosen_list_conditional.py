"""x = a if c else b between shared lists, c known at run time; two threads race on the chosen list."""
import threading
import time

bids = []
asks = []
sides = ["buy", "sell", "buy"]


def trader(i):
    side = sides[i]
    book = bids if side == "buy" else asks
    n = len(book)
    time.sleep(0)
    book.append(n * 10 + i)


threads = [threading.Thread(target=trader, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(bids), sorted(asks))
