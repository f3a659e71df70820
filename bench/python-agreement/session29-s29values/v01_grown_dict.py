# A dict display with string keys that gains keys at run time: two threads add a new key under a lock,
# a third reads it with get (0 until added).
import threading

stock = {"apple": 1}
lock = threading.Lock()
seen = []


def add(item, count):
    with lock:
        stock[item] = stock.get(item, 0) + count


def peek(item):
    with lock:
        seen.append(stock.get(item, 0))


threads = [
    threading.Thread(target=add, args=("kiwi", 2)),
    threading.Thread(target=add, args=("kiwi", 3)),
    threading.Thread(target=peek, args=("kiwi",)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stock, seen)
