"""Counter arithmetic, deletes and deque maxlen/appendleft under a lock."""
import threading
from collections import Counter, deque

stock = Counter()
recent = deque(maxlen=3)
lock = threading.Lock()


def receive(sku, qty):
    with lock:
        stock[sku] += qty
        recent.appendleft(sku)


def sell(sku, qty):
    with lock:
        stock[sku] -= qty
        if stock[sku] <= 0:
            del stock[sku]
        recent.append(-sku)


if __name__ == "__main__":
    threads = [
        threading.Thread(target=receive, args=(1, 5)),
        threading.Thread(target=receive, args=(2, 2)),
        threading.Thread(target=sell, args=(2, 2)),
        threading.Thread(target=receive, args=(3, 1)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    kinds = len(stock)
    units = sum(stock.values())
